from collections.abc import Hashable
d = {1: 'a'}
print(isinstance(d.keys(), Hashable), isinstance(d.items(), Hashable), isinstance(d.values(), Hashable))
print(type(d.keys()).__hash__ is None, type(d.items()).__hash__ is None, type(d.values()).__hash__ is None)
print(type(hash(d.values())).__name__)
for v in (d.keys(), d.items()):
    try:
        hash(v)
    except TypeError as e:
        print('TypeError', e)
{d.keys(): 1}
