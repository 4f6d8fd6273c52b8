import string
from kaa_check import show, py34

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'printable', 'whitespace']:
    show(name, lambda: getattr(string, name))
for s, sep in [('hello world', None), ('  hello   big  world  ', None), ('a-b-c', '-'), ('', None),
               ("it's ALL caps", None), ('x,,y', ',')]:
    show("capwords %r %r" % (s, sep), lambda: string.capwords(s, sep))
T = string.Template
t = T('$who likes $what and ${who}s, costs $$5')
show("sub", lambda: t.substitute(who='tim', what='kung pao'))
show("sub map", lambda: t.substitute({'who': 'a', 'what': 'b'}))
show("sub both", lambda: t.substitute({'who': 'a', 'what': 'b'}, what='kw'))
show("sub missing", lambda: t.substitute(who='x'))
show("safe missing", lambda: t.safe_substitute(who='x'))
show("safe none", lambda: t.safe_substitute())
py34("too many", lambda: t.substitute({}, {}), "TypeError: Too many positional arguments")
for text in ['$', 'abc $', '$ x', 'line1\nline2 $1', '${a b}', '${}', '${1}', '$$$', '$$a', 'x$a_b9c.d', '$aé', '\n\n  $!x', 'a${b']:
    show("invalid? %r" % text, lambda: T(text).substitute(a='A', a_b9c='Z', b='B'))
    show("safe %r" % text, lambda: T(text).safe_substitute(a='A'))
show("values", lambda: T('$a $b $c').substitute(a=1, b=[2], c=None))
show("template attr", lambda: T('x').template)
class Percent(T):
    delimiter = '%'
show("delimiter", lambda: Percent('%who is %% %{who}x').substitute(who='me'))
class Multi(T):
    delimiter = '{{'
show("multi delimiter", lambda: Multi('{{x and {{{{ {{y').safe_substitute(x=1))
class Dotted(T):
    idpattern = r'[a-z][a-z.]*'
show("idpattern", lambda: Dotted('$a.b and $c').substitute({'a.b': 1, 'c': 2}))

f = string.Formatter()
show("fmt", lambda: f.format('{0} {1} {0}', 'a', 'b'))
show("fmt auto", lambda: f.format('{} {}!', 1, 2))
show("fmt kw", lambda: f.format('{x:>5}|{y!r}|{z!s:^7}', x=3, y='q', z=1.5))
show("fmt attr", lambda: f.format('{0.real} {1[0]} {2[k]} {2[k][1]}', 3 + 4j, [9], {'k': 'vw'}))
show("fmt nested", lambda: f.format('{0:{1}}|{0:>{w}}', 'ab', '^6', w=4))
show("fmt nested auto", lambda: f.format('{:{}}', 'ab', 5))
show("fmt escapes", lambda: f.format('{{}} {{{0}}}', 7))
show("fmt switch", lambda: f.format('{} {0}', 1))
show("fmt switch2", lambda: f.format('{0} {}', 1))
show("fmt missing", lambda: f.format('{5}', 1))
show("fmt missing kw", lambda: f.format('{nope}'))
show("fmt single }", lambda: f.format('a } b'))
show("fmt single {", lambda: f.format('a {'))
show("fmt open", lambda: f.format('a {0'))
show("fmt bad conv", lambda: f.format('{0!x}', 1))
show("fmt conv end", lambda: f.format('{0!}', 1))
show("fmt conv colon", lambda: f.format('{0!rx}', 1))
show("fmt ascii", lambda: f.format('{0!a}', 'é'))
show("fmt recursion", lambda: f.format('{0:{1:{2:{3}}}}', 1, 2, 3, 4))
show("fmt empty attr", lambda: f.format('{0.}', 1))
show("fmt bracket", lambda: f.format('{0[1}', [1]))
show("fmt after bracket", lambda: f.format('{0[0]x}', [1]))
show("fmt brace in name", lambda: f.format('{a{b}', a=1))
show("fmt colon in bracket", lambda: f.format('{0[a:b]}', {'a:b': 5}))
show("parse", lambda: list(f.parse('a{{b}}c{0!r:>{1}}d{x.y[2]}e')))
show("parse literal", lambda: list(f.parse('plain')))
show("parse empty", lambda: list(f.parse('')))
show("parse fields", lambda: list(f.parse('{}{:x}{!s}')))
show("vformat", lambda: f.vformat('{0}-{k}', (1,), {'k': 2}))
show("get_field", lambda: f.get_field('0.imag', [5j], {}))
show("get_value", lambda: (f.get_value(0, ['a'], {}), f.get_value('k', [], {'k': 1})))
show("convert", lambda: (f.convert_field('x', 'r'), f.convert_field(1, None)))
show("format_field", lambda: f.format_field(3.14159, '.2f'))
py34("no fs", lambda: f.format(), "TypeError: format() missing 1 required positional argument: 'format_string'")
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used
        if unused:
            raise ValueError('unused: %r' % sorted(unused, key=str))
    def get_value(self, key, args, kwargs):
        if key == 'magic':
            return 42
        return string.Formatter.get_value(self, key, args, kwargs)
show("override", lambda: Strict().format('{0}{magic}', 1))
show("override unused", lambda: Strict().format('{0}', 1, 2, k=3))
import random
rng = random.Random(3)
specs = ['', ':>5', ':<3', ':^7', ':x', ':08.3f', ':+d', '!r', '!s:>4', ':,', ':e', '!a', ':%', ':.2']
for trial in range(120):
    parts = []
    for _ in range(rng.randrange(1, 5)):
        parts.append(rng.choice(['lit', '{{', '}}', ' ', 'x=']))
        parts.append('{%s%s}' % (rng.choice(['', '0', '1', 'k', '0.real', '2[1]']), rng.choice(specs)))
    fmt = ''.join(parts)
    args = (12.5, 7, 'ab')
    kwargs = {'k': 255}
    show("random format %r" % fmt, lambda: f.format(fmt, *args, **kwargs))
    show("random str.format %r" % fmt, lambda: f.format(fmt, *args, **kwargs) == fmt.format(*args, **kwargs))
for trial in range(60):
    text = ''.join(rng.choice(['$a', '${b}', '$$', '$', 'x', ' ', '$c_1', '${', '}', '\n', '$1']) for _ in range(rng.randrange(1, 8)))
    show("random template %r" % text, lambda: T(text).substitute(a='A', b='B', c_1='C'))
    show("random safe %r" % text, lambda: T(text).safe_substitute(a='A'))
