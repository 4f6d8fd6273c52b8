# input() strips only the '\n': a CRLF line keeps its '\r' (no newline
# translation on sys.stdin), while int() and split() ignore it
n = int(input())
names = [input() for _ in range(n)]
print([len(x) for x in names], [x.strip() for x in names])
rest = __import__('sys').stdin.readline()
print(repr(rest), rest.split())
