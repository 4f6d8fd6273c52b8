print('{0}{1}{0}'.format('a', 'b'), '{x.real}'.format(x=3), '{0[1]}'.format([5, 6]), '{0[a]}'.format({'a': 7}), '{0!r}{0!s}{0!a}'.format('\xe9'))
print('{0:{1}}|'.format(3, 5), '{0:{1}.{2}f}'.format(3.14159, 10, 2), '{:{}{}}'.format(1, '>', 5), '{{}}'.format(), '{0:}'.format(1))
