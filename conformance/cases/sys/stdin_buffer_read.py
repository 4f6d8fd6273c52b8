import sys
data = sys.stdin.buffer.read()
print(type(data).__name__, data)
print(data.split())
