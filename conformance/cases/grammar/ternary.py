for v in (0, 1, None, 'a', ''):
    print('T' if v else 'F', end='')
print()
print(1 if 0 else 2 if 0 else 3)
