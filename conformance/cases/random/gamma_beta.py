import random
random.seed(12)
print([random.gammavariate(0.5, 1.0) for _ in range(3)])
print([random.gammavariate(1.0, 2.0) for _ in range(3)])
print([random.gammavariate(3.0, 0.5) for _ in range(3)])
print([random.betavariate(2, 3) for _ in range(3)])
