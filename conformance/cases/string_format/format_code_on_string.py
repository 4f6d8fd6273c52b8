format('a', 'd')
