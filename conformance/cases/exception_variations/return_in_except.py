def f():
    try:
        raise ValueError
    except ValueError:
        return 'from except'
    finally:
        print('finally first')
print(f())
