s = 'abc' * 1000
print(len(s), s[2999], s[-3:], s.count('ca'))
