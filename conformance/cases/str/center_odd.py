for w in range(3, 8):
    print('[%s]' % 'ab'.center(w, '.'))
