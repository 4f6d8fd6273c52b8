import sys
# iterating sys.stdin reads one line at a time: input() and readline()
# continue after a break
for line in sys.stdin:
    print('first', repr(line))
    break
print('input', repr(input()))
print('readline', repr(sys.stdin.readline()))
n = 0
for line in sys.stdin:
    n += 1
    if n == 2:
        print('second loop', repr(line))
        break
print('rest', list(sys.stdin))
print('at eof', repr(sys.stdin.readline()), list(sys.stdin))
