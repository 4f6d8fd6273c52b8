r = range(10 ** 20)
print(r[-1], 10 **19 in r, r.stop, r[10 ** 19], range(0, 10 ** 20, 7)[-1])
try:
    len(r)
except OverflowError as e:
    print('OverflowError', e)
