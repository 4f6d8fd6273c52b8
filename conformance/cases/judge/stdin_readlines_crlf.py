import sys
lines = sys.stdin.readlines()
print(len(lines), [repr(l) for l in lines[:3]])
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
for i, l in enumerate(lines):
    print(i, l.rstrip('\r\n').split(','))
name = None
try:
    name = input("Your name: ")
except EOFError as e:
    print("EOFError:", e)
