'{0!x}'.format('x')
