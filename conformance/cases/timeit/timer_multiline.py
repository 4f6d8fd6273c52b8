import timeit
t = timeit.Timer("for i in range(3):\n    acc = i * 2\nif acc:\n    pass", "acc = 0")
print(t.timeit(number=10) >= 0)
print(timeit.timeit("d[1]", setup="d = {1: 2}", number=100) >= 0)
print(timeit.timeit(lambda: None, number=0) >= 0)
