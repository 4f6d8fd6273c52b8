from string import Formatter
f = Formatter()
print(f.format('{0} {x} {1!r:>5}', 1, 'b', x=2.5), f.vformat('{a}-{0}', (9,), {'a': 'A'}))
print(list(f.parse('a{0}b{x!r:>3}c{{}}')))
print(f.format('{0[1]} {1.real}', [5, 6], 3j), f.format('{:{w}d}', 5, w=4))
class Default(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<%s>' % key)
        return Formatter.get_value(self, key, args, kwargs)
print(Default().format('{a} {b} {0}', 'z', a=1))
print(f.convert_field('x', 'r'), f.format_field(3.14159, '.2f'), f.get_field('0', (7,), {}))
