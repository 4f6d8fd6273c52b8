import sys
print(sys.stdin.buffer.readline())
print(sys.stdin.buffer.readline().split())
print(sys.stdin.buffer.readline())
