# Compound statements: if/elif/else, while/else, for/else, break and continue.
def classify(n):
	if n < 0:
		return "negative"
	elif n == 0:
		return "zero"
	elif n < 10:
		return "small"
	else:
		return "large"


def find(items, target):
	for i, item in enumerate(items):
		if item == target:
			break
	else:
		return -1
	return i


def countdown(n):
	while n > 0:
		n -= 1
		if n % 2:
			continue
		print(n)
	else:
		print("done")


for x in range(3): print(x)
while False: pass
if True: x = 1; y = 2
else: x = 3
for (a, b) in [(1, 2)]:
	pass
for a, (b, c) in []:
	pass
for [p, q] in [[1, 2]]:
	pass
for obj.attr in range(2):
	pass
for item[0] in [[0]]:
	pass
while 1:
	while 2:
		break
	break
