# print() of a lone surrogate fails to encode to UTF-8 stdout.
print(ascii('\ud800'))
print('\ud800')
