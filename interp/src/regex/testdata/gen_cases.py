"""Writes cases.txt: regex engine expectations taken from python3's `re`.

Run from this folder: python3 gen_cases.py. Each line is
    pattern TAB flags TAB text TAB mode TAB expected
with strings escaped by `esc` (`%{hex}` for anything but printable ASCII
other than `%`). mode: m = match, s = search, f = fullmatch, p = search(text, 1, len - 1), a = successive
searches with CPython 3.4's rule (after an empty match, resume one character
later; the loop is written here, every span comes from python3's matcher).
expected: `none`, `err`, or `L|s0,e0,s1,e1,...` (L = lastindex or -1), and for
mode a: `s,e;s,e;...`. Constructs whose behaviour changed after 3.4 (unknown
escapes, mid-pattern inline flags, possessive/atomic syntax, the 3.7 empty
match rules, and 3.5's folding of characters with several lowercase
forms such as final sigma) are not generated.
"""
import random
import re

def esc(s):
    out = []
    for ch in s:
        if 32 < ord(ch) < 127 and ch != '%':
            out.append(ch)
        else:
            out.append('%%{%x}' % ord(ch))
    return ''.join(out)

def spans(m):
    if m is None:
        return 'none'
    li = m.lastindex if m.lastindex is not None else -1
    parts = []
    for g in range(m.re.groups + 1):
        s, e = m.span(g)
        parts.append('%d,%d' % (s, e))
    return '%d|%s' % (li, ','.join(parts))

def scan34(p, text):
    out = []
    start = 0
    while start <= len(text):
        m = p.search(text, start)
        if m is None:
            break
        out.append('%d,%d' % m.span())
        start = m.end() + 1 if m.end() == m.start() else m.end()
    return ';'.join(out)

ATOMS = ['a', 'b', 'c', '.', '[ab]', '[^a]', '[a-c]', r'\d', r'\w', r'\s', r'\W', '1', ' ', r'\n', 'A', 'B',
         '\u00e9', '[\u00c0-\u00ff]', r'\D', r'\S', '[^\\w ]']
ZERO = ['^', '$', r'\b', r'\B', r'\A', r'\Z']
QUANTS = ['*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{,2}', '{2,}', '{0,1}?']
ALPHABET = 'abcAB1 _\n'
WIDE_ALPHABET = 'abAB1 \n\u00e9\u00c9\u00fc\u0661\u2003'

def gen(depth, rnd, ngroups):
    kind = rnd.random()
    if depth > 2 or kind < 0.35:
        return rnd.choice(ATOMS)
    if kind < 0.45:
        return rnd.choice(ZERO)
    if kind < 0.65:
        return gen(depth + 1, rnd, ngroups) + rnd.choice(QUANTS)
    if kind < 0.75:
        ngroups[0] += 1
        return '(' + gen(depth + 1, rnd, ngroups) + ')'
    if kind < 0.8:
        return '(?:' + gen(depth + 1, rnd, ngroups) + '|' + gen(depth + 1, rnd, ngroups) + ')'
    if kind < 0.85:
        return '(?' + rnd.choice(['=', '!']) + gen(depth + 1, rnd, ngroups) + ')'
    if kind < 0.88:
        return '(?' + rnd.choice(['<=', '<!']) + rnd.choice(['a', 'ab', '[ab]', r'\d', 'a|b']) + ')'
    if kind < 0.92 and ngroups[0] > 0:
        return '\\%d' % rnd.randint(1, ngroups[0])
    if kind < 0.95 and ngroups[0] > 0:
        return '(?(%d)%s|%s)' % (rnd.randint(1, ngroups[0]), rnd.choice(ATOMS), rnd.choice(ATOMS))
    return gen(depth + 1, rnd, ngroups) + gen(depth + 1, rnd, ngroups)

def pattern(rnd):
    ngroups = [0]
    n = rnd.randint(1, 4)
    parts = [gen(0, rnd, ngroups) for _ in range(n)]
    if rnd.random() < 0.15:
        parts.insert(rnd.randint(0, len(parts)), '|')
    return ''.join(parts)

CURATED = [
    ('a', 0, 'a'), ('abc', 0, 'xabcx'), ('a.c', 0, 'a\nc'), ('a.c', re.S, 'a\nc'),
    ('^a', re.M, 'b\na'), ('a$', 0, 'a\n'), ('a$', 0, 'a\n\n'), ('a$', re.M, 'a\nb'),
    (r'a\Z', 0, 'a\n'), (r'\Aa', 0, 'ba'), (r'\bfoo\b', 0, 'a foo b'), (r'\Bo', 0, 'foo'),
    (r'\d+', 0, 'ab١٢3'), (r'\d+', re.A, 'ab١٢3'), (r'\w+', 0, 'héllo wörld'), (r'\w+', re.A, 'héllo'),
    (r'\s+', 0, 'a\u2003\tb'), ('[^a-c]+', 0, 'abcdef'), ('[]a]+', 0, ']a]'), ('[^]a]+', 0, ']xa'),
    ('[a-]+', 0, '-a-'), (r'[\d\s]+', 0, 'x1 2y'), (r'[\w-]+', 0, 'a-b c'), ('(a|ab)(c|bcd)(d*)', 0, 'abcd'),
    ('(a+)+b', 0, 'aaab'), ('(a*)*b', 0, 'aab'), ('(a*)+', 0, 'b'), ('(a|b)*?c', 0, 'abc'),
    (r'(\w+)\s+\1', 0, 'hello hello'), (r'(?P<x>a)(?P=x)', 0, 'aa'), ('(?i)straße', 0, 'STRASSE'),
    ('(?i)[a-z]+', 0, 'HeLLo'), ('(?i)ǅ', 0, 'ǆ'), ('(?i)k', 0, '\u212a'), ('(?i)[k]', 0, '\u212a'),
    ('(?i)[^a]', 0, 'A'), ('x{2,3}', 0, 'xxxx'), ('x{2,3}?', 0, 'xxxx'),
    ('x{,2}', 0, 'xxx'), ('x{3', 0, 'x{3'), ('x{}', 0, 'x{}'), ('x{a}', 0, 'x{a}'),
    ('(?=a)a', 0, 'a'), ('(?!a)\\w', 0, 'ab'), ('(?<=a)b', 0, 'ab'), ('(?<!a)b', 0, 'ab b'),
    ('(?<=(a))b', 0, 'ab'), ('(?=(a))a', 0, 'a'), ('(a)?(?(1)b|c)', 0, 'c'), ('(a)?(?(1)b|c)', 0, 'ab'),
    ('(?P<n>a)?(?(n)b|c)', 0, 'ab'), ('(?x) a b # comment\n c', 0, 'abc'), ('a(?#comment)b', 0, 'ab'),
    ('(?s).+', 0, 'a\nb'), ('(?m)^b', 0, 'a\nb'), ('\\x41\\u0042\\U00000043', 0, 'ABC'), ('\\101\\0', 0, 'A\x00'),
    ('\\t\\n\\r\\f\\v\\a', 0, '\t\n\r\f\v\a'), ('[\\b]', 0, '\b'), ('\\.', 0, 'a.'), ('a|b|', 0, 'c'),
    ('', 0, 'abc'), ('()', 0, ''), ('(a)|(b)', 0, 'b'), ('((a)|b)+', 0, 'ab'), ('(a)(b)?', 0, 'a'),
    ('((a)b)', 0, 'ab'), ('(a(b))', 0, 'ab'), ('(a)(b*)', 0, 'a'), ('(?:(a)|b)*', 0, 'ab'),
    ('(a*?)b', 0, 'aab'), ('.*?x', 0, 'abx'), ('(.*)(\\d+)', 0, 'abc123'), ('(.*?)(\\d+)', 0, 'abc123'),
    ('[\u00e9-\u00ff]+', 0, 'caf\u00e9\u00ff'), ('\\W+', 0, 'a, b'), ('\\S+', 0, ' ab '), ('\\D+', 0, '12ab3'),
    ('*', 0, ''), ('(', 0, ''), (')', 0, ''), ('[', 0, ''), ('a{2,1}', 0, ''),
    ('(?P<1>a)', 0, ''), ('(?P=x)', 0, ''), ('(?<=a+)', 0, ''), ('\\1', 0, ''), ('(a)\\2', 0, ''),
    ('[b-a]', 0, ''), ('(?z)', 0, ''), ('(?P<a>x)(?P<a>y)', 0, ''), ('a**', 0, ''), ('\\', 0, ''),
]

def main():
    rnd = random.Random(1234)
    lines = []
    seen = set()

    def add(p, flags, text):
        try:
            c = re.compile(p, flags)
        except (re.error, OverflowError, ValueError):
            lines.append('\t'.join([esc(p), str(int(flags)), esc(text), 'm', 'err']))
            return
        for mode, fn in (('m', c.match), ('s', c.search), ('f', c.fullmatch)):
            lines.append('\t'.join([esc(p), str(int(flags)), esc(text), mode, spans(fn(text))]))
        # mode p: search(text, 1, len(text) - 1)
        end = max(len(text) - 1, 0)
        lines.append('\t'.join([esc(p), str(int(flags)), esc(text), 'p', spans(c.search(text, 1, end))]))
        lines.append('\t'.join([esc(p), str(int(flags)), esc(text), 'a', scan34(c, text)]))

    for p, f, t in CURATED:
        add(p, f, t)
    while len(seen) < 2500:
        p = pattern(rnd)
        flags = rnd.choice([0, 0, 0, re.I, re.M, re.S, re.A, re.I | re.M, re.X, re.I | re.A])
        if (p, flags) in seen or re.search(r'[*+?}]\+', p):
            # possessive quantifiers are 3.11 syntax ("multiple repeat" in 3.4)
            continue
        seen.add((p, flags))
        for k in range(3):
            alphabet = WIDE_ALPHABET if k == 2 else ALPHABET
            text = ''.join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8)))
            add(p, flags, text)
    with open('cases.txt', 'w') as f:
        f.write('\n'.join(lines) + '\n')
    print(len(lines), 'lines')

main()
