print(list(enumerate('abc', start=10)))
