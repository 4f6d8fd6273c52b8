try:
    assert 1 > 2, ('tuple', 'msg')
except AssertionError as e:
    print(e.args)
