print('{:,}'.format(10 ** 20), '{:x}'.format(2 ** 100), '{:e}'.format(10 ** 30))
