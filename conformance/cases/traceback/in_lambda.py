f = lambda x: x[5]
f([1])
