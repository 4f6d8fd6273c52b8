print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'a' * 0, 'a' * -2)
