import string
print(string.capwords(' hello  world '), string.Template('$a and ${b}s $$').substitute(a=1, b='x'), string.Template('$a $z').safe_substitute(a=1))
f = string.Formatter()
print(f.format('{0} {x!r} {y:>5}', 1, x='a', y=3), list(f.parse('a{0}b{x:3}{{c}}')), f.vformat('{a}', (), {'a': 2}))
class F(string.Formatter):
    def get_value(self, key, args, kwargs):
        return 'K' + str(key)
print(F().format('{0} {x}', 5, x=6))
try:
    string.Template('$').substitute()
except ValueError as e:
    print('ValueError', e)
string.Template('$missing').substitute(other=1)

