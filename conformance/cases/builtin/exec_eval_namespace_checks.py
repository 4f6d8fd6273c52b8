# exec/eval: globals must be a dict, locals a mapping; locals alone with globals=None
d = {}
exec('y = 5', d)
print(d['y'])
loc = {}
exec('z = 6', None, loc)
print(loc['z'], 'z' in globals())
print(eval('a + b', {'a': 1}, {'b': 2}), eval('q', None, {'q': 7}))
class Mapping:
    def __getitem__(self, k):
        if k == 'm':
            return 42
        raise KeyError(k)
print(eval('m', {}, Mapping()))
for f in [lambda: exec('1', {}, 1), lambda: eval('1', 1), lambda: eval('1', {}, 1),
          lambda: exec('1', 1)]:
    try:
        f()
    except TypeError as e:
        print('TypeError')
