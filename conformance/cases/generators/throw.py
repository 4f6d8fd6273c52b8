def g():
    try:
        yield 1
    except ValueError as e:
        print('caught in gen', e)
        yield 'recovered'
it = g()
print(next(it))
print(it.throw(ValueError('boom')))
