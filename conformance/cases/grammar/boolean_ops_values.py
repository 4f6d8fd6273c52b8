print(1 and 2, 0 and 2, 1 or 2, 0 or '', None or [] or 'x')
print(not 0, not [1], (1 and 0) or 'z')
