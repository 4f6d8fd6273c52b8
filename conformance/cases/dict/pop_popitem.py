d = {1: 'one', 2: 'two'}
print(d.pop(1), d.pop(5, 'default'), d)
print(d.popitem(), d)
