#!/usr/bin/env python3
"""Writes the test data of crate::text from python3's own answers.
Run: python3 interp/src/text/testdata/gen.py   (deterministic: fixed seed)

3.4 overrides: capitalize() uppercases the first char (3.8+ titlecases it);
repr() uses 3.4's printable table (ast34.repr_str34, measured on python3.4);
per-char properties skip code points assigned after Unicode 6.3 and Georgian
Mkhedruli (see gen_tables.py), where python3 answers for a newer Unicode.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..'))
sys.path.insert(0, os.path.join(HERE, '..'))
sys.path.insert(0, '/work/shared/tools')
from testdata_common import write, err  # noqa: E402
import ast34  # noqa: E402

R = random.Random(7)

CORPUS = ['', ' ', 'abc', '  a b  c  ', 'a\tb\nc\r\nd\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029e\n', 'Hello World',
          "it's", '"q"', 'ΣΑΣ ΟΔΟΣ', 'ὈΔΥΣΣΕΎΣ', 'aΣ', 'Σa', 'a Σ', 'aΣ\u0301', 'ǆemal ǈ ǅ', 'ß straße', 'ﬁ ﬂ ﬃ',
          'İstanbul', 'ŉ', '123', '١٢٣', '½²', 'abcabcabc', 'aaa', 'a,b,,c,', ',', 'α β\u3000γ\u2000δ', 'tab\t\tx\ty',
          '\ta\r\tb\n\tc', '-42', '+7', '-', 'x', 'hello world foo', 'they\'re bill\'s friends', 'HELLO', 'hello',
          'Hello', 'hELLO wORLD', '_id3', '3id', 'ab\u0300c', '\u00e9t\u00e9', 'é', '\x00\x7f\x80\xa0\xad',
          '\u20bd\U0001f600', 'a\u2028b', '\r\n\r\n', 'line\n', 'a\r', 'one two  three\tfour\nfive',
          'abc\u200bdef', 'ǲ', 'Ⅻ', 'ⅻ', '\u0345', 'ʰ', 'aʰΣ', 'Aͅ', 'ﬀ']
ALPHABET = list('abcAB ,;\t\n\r') + ['Σ', 'σ', 'ß', 'İ', 'ǅ', '\u3000', '\x85', '\u2028', 'é', '١', '中', 'ﬁ', '_', '0']


def rand_str():
    return ''.join(R.choice(ALPHABET) for _ in range(R.randint(0, 12)))


def capitalize34(s):
    if not s:
        return s
    return s[0].upper() + s.lower()[len(s[0].lower()):]


def r34(v):
    """repr() as 3.4 prints it: str items use 3.4's printable table."""
    if isinstance(v, str):
        return ast34.repr_str34(v)
    if isinstance(v, list):
        return '[' + ', '.join(r34(x) for x in v) + ']'
    if isinstance(v, tuple):
        return '(' + ', '.join(r34(x) for x in v) + (',)' if len(v) == 1 else ')')
    return repr(v)


def call(fn):
    try:
        r = fn()
    except Exception as e:
        return err(e)
    return r34(r)


def method_rows():
    rows = []
    strings = CORPUS + [rand_str() for _ in range(60)]
    seps = [None, ' ', ',', 'a', 'ab', 'Σ', '']
    subs = ['', 'a', 'ab', 'abc', ' ', 'Σ', 'é', 'x', 'bc']
    idx = [None, 0, 1, 2, -1, -2, 5, 100, -100]
    for s in strings:
        for sep in seps:
            for m in [-1, 1]:
                rows.append((s, 'split', repr(sep), m, call(lambda: s.split(sep, m))))
                rows.append((s, 'rsplit', repr(sep), m, call(lambda: s.rsplit(sep, m))))
        for ke in [False, True]:
            rows.append((s, 'splitlines', ke, call(lambda: s.splitlines(ke))))
        for ch in [None, 'ab', ' x', 'Σ ', '']:
            rows.append((s, 'strip', repr(ch), call(lambda: s.strip(ch))))
            rows.append((s, 'lstrip', repr(ch), call(lambda: s.lstrip(ch))))
            rows.append((s, 'rstrip', repr(ch), call(lambda: s.rstrip(ch))))
        for sub in subs:
            for _ in range(1):
                a, b = R.choice(idx), R.choice(idx)
                for m in ['find', 'rfind', 'count', 'startswith', 'endswith', 'index', 'rindex']:
                    rows.append((s, m, sub, repr(a), repr(b), call(lambda: getattr(s, m)(sub, a, b))))
            for new in ['', 'XYZ']:
                for c in [-1, 1]:
                    rows.append((s, 'replace', sub, new, c, call(lambda: s.replace(sub, new, c))))
            rows.append((s, 'partition', sub, call(lambda: s.partition(sub))))
            rows.append((s, 'rpartition', sub, call(lambda: s.rpartition(sub))))
        for t in [8, 4, 1, 0, -1]:
            rows.append((s, 'expandtabs', t, call(lambda: s.expandtabs(t))))
        for w in [0, 10, 11]:
            for f in ['*', 'é']:
                rows.append((s, 'center', w, f, call(lambda: s.center(w, f))))
                rows.append((s, 'ljust', w, f, call(lambda: s.ljust(w, f))))
                rows.append((s, 'rjust', w, f, call(lambda: s.rjust(w, f))))
            rows.append((s, 'zfill', w, call(lambda: s.zfill(w))))
        for m in ['upper', 'lower', 'casefold', 'swapcase', 'title', 'isalpha', 'isalnum', 'isdecimal', 'isdigit',
                  'isnumeric', 'isspace', 'islower', 'isupper', 'istitle', 'isidentifier']:
            rows.append((s, m, call(getattr(s, m))))
        rows.append((s, 'isprintable', repr(all(ast34._printable34(ord(c)) for c in s))))
        rows.append((s, 'capitalize', r34(capitalize34(s))))
        rows.append((s, 'repr', ast34.repr_str34(s)))
        rows.append((s, 'ascii', ascii(s)))
        rows.append((s, 'maketrans_translate', call(lambda: s.translate(str.maketrans('abΣ', 'xyz', ' ')))))
    return rows


def excluded(cp):
    import gen_tables
    return cp in gen_tables.NEW or cp in gen_tables.GEORGIAN


def char_rows():
    import gen_tables
    rows = []
    cps = list(range(0x100)) + [R.randrange(0x100, 0x30000) for _ in range(12000)] + \
        [R.randrange(0xE0000, 0x110000) for _ in range(500)]
    preds = ['isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'islower', 'isupper', 'istitle',
             'isidentifier']
    for cp in cps:
        if 0xD800 <= cp < 0xE000 or cp in gen_tables.NEW or cp in gen_tables.GEORGIAN:
            continue
        c = chr(cp)
        bits = ''.join('1' if getattr(c, p)() else '0' for p in preds)
        bits += '1' if ast34._printable34(cp) else '0'
        maps = [c.upper(), c.lower(), c.title(), c.casefold()]
        maps = [m if not any(ord(x) in gen_tables.NEW for x in m) else c for m in maps]
        rows.append(('%x' % cp, bits, *maps, ast34.repr_str34(c)))
    return rows


def bytes_rows():
    rows = []
    samples = [b'', b'abc', b"it's", b'"', b'\'"', b'\x00\x7f\x80\xff\t\n\r\\']
    samples += [bytes(R.getrandbits(8) for _ in range(R.randint(0, 10))) for _ in range(200)]
    for b in samples:
        rows.append((b.hex(), repr(b), repr(bytearray(b))))
    return rows


def main():
    write(os.path.join(HERE, 'methods.txt'), method_rows(), 'string, method, args..., repr(result)')
    write(os.path.join(HERE, 'chars.txt'), char_rows(),
          'code point, predicate bits (alpha alnum decimal digit numeric space lower upper title identifier '
          'printable34), upper, lower, title, casefold, repr34')
    write(os.path.join(HERE, 'bytes.txt'), bytes_rows(), 'hex, repr(bytes), repr(bytearray)')


if __name__ == '__main__':
    main()
