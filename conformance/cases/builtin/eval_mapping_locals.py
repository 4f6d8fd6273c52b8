# eval/exec with a dict subclass or any mapping as locals: lookups go through
# __getitem__ (so a dict subclass's __missing__ is honoured), stores through
# __setitem__; globals must be a real dict.
class Missing(dict):
    def __missing__(self, key):
        return key.upper()
class Mapping:
    def __init__(self):
        self.store = {}
    def __getitem__(self, key):
        if key in self.store:
            return self.store[key]
        if key.startswith('v'):
            return len(key)
        raise KeyError(key)
    def __setitem__(self, key, value):
        self.store[key] = value
print(eval('abc + "!"', {}, Missing()))
print(eval('vvv * 2', {}, Mapping()), eval('len("xy")', {}, Mapping()))
m = Mapping()
exec('x = 3\ny = x + vv', {}, m)
print(sorted(m.store.items()))
d = Missing(a=1)
exec('b = a + 1\nc = zz', {}, d)
print(sorted(d.items()))
for f in [lambda: eval('1', {}, 1), lambda: eval('1', Mapping()), lambda: exec('1', {}, 1),
          lambda: exec('1', 1), lambda: eval('nothere', {}, Mapping())]:
    try:
        f()
    except (TypeError, NameError) as e:
        print(type(e).__name__, e)
eval('q', {}, Missing()) + 1
