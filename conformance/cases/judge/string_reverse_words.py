for line in iter(input, 'END'):
    print(' '.join(reversed(line.split())))
