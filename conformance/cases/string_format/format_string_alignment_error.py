format('abc', '=5')
