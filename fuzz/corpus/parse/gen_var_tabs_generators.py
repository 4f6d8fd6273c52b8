# yield, yield expressions, yield from.
def count(n):
	i = 0
	while i < n:
		yield i
		i += 1


def echo():
	received = yield
	while received is not None:
		received = yield received * 2


def chain(*iterables):
	for it in iterables:
		yield from it


def delegating():
	result = yield from sub()
	x = yield from (a for a in range(3))
	return result


def tuples():
	yield 1, 2
	yield (1, 2)
	yield
	x = yield 1, 2
	y = (yield)
	z = (yield) + 1
	f((yield))
	w = yield from []
	return


def nested():
	def inner():
		yield (yield (yield 1))
	return inner


def sent():
	value = 0
	try:
		while True:
			value += (yield value)
	except GeneratorExit:
		pass
	finally:
		print("closed")


def in_list_comprehension():
	return [(yield x) for x in [1, 2]]
