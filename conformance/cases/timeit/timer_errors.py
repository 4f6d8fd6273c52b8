import timeit
for args in [(1,), ("pass", 2)]:
    try:
        timeit.Timer(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    timeit.Timer("x = (")
except SyntaxError as e:
    print('SyntaxError', e.filename)
try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
timeit.Timer("return 1")
