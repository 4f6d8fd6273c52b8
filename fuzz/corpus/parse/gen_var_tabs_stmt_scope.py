# global and nonlocal declarations.
counter = 0


def bump():
	global counter
	counter += 1
	return counter


def make():
	total = 0
	other = 1

	def add(n):
		nonlocal total
		total += n
		return total

	def both():
		nonlocal total, other
		global counter, bump
		total = other = counter
	return add, both


def g():
	global a, b, c
	a = b = c = 1
