s = 'x' * 10000
print(len(s), s.count('x'), s[-1])
