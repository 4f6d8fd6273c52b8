format('abc', '+')
