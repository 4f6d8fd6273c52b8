for w in range(1, 4):
    print('[{:^{}}]'.format('ab', w + 2))
