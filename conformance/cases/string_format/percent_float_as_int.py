print('%d %i %d' % (3.99, -2.5, True), '%x' % 255)
