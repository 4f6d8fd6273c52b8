print('a\nb', 'c\n')
print('end')
