# open(0).read() is the usual judge idiom for reading all of stdin, and
# open(1, 'w') writes to stdout
data = open(0).read().split()
n = int(data[0])
print(n, sum(map(int, data[1:1 + n])), data[1 + n:])
__import__('sys').stdout.flush()
out = open(1, 'w')
out.write('written to fd 1\n')
out.flush()
