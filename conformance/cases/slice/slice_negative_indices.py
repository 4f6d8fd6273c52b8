l = list('abcdefgh')
print(l[-3:], l[:-3], l[-3:-1], l[-1:-3], l[1:-1:2])
