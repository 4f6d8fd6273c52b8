# list() refuses unknown keywords and extra arguments
print(list(), list('ab'))
for f in [lambda: list(x=1), lambda: list([1], [2])]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', type(e).__name__)
