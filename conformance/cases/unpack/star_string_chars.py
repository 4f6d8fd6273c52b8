first, *mid, last = 'abcdef'
print(first, ''.join(mid), last)
