range(3).index('a')
