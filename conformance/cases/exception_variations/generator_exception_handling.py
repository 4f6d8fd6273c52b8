def g():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print('gen caught')
it = g()
print(next(it), it.throw(ValueError), next(it))
