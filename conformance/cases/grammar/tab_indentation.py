if True:
	x = 'tab indented'
	print(x)
