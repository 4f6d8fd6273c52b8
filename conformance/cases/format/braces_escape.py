print('{{}} {{{0}}} {{x}}'.format(5))
