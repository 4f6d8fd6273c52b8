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


BCORPUS = [b'', b' ', b'abc', b'  a b  c  ', b'a\tb\nc\r\nd\x0b\x0c\x1ce\n', b'Hello World', b"it's", b'-42',
           b'+7', b'a,b,,c,', b'\x00\xff\x80', b'tab\t\tx', b'\ta\r\tb\n\tc', b'hELLO wORLD 1a2b', b'aaa',
           b'abcabc', b'\r\n\r\n', b'line\n', b'x\x85y']


def fromhex34(s):
    """bytes.fromhex as 3.4 (bytesobject.c): only ' ' separates pairs; an error names
    the index where the failing pair starts."""
    out = bytearray()
    i = 0
    while i < len(s):
        while i < len(s) and s[i] == ' ':
            i += 1
        if i >= len(s):
            break
        pair = s[i:i + 2]
        if len(pair) < 2 or any(c not in '0123456789abcdefABCDEF' for c in pair):
            return '!ValueError: non-hexadecimal number found in fromhex() arg at position %d' % i
        out.append(int(pair, 16))
        i += 2
    return repr(bytes(out))


def berr(e):
    # 3.4: bytes.index says 'substring not found' (bytearray said 'subsection not
    # found'; both say 'subsection' since 3.7's shared bytes_methods.c)
    r = err(e)
    return r.replace('subsection not found', 'substring not found')


def bcall(fn):
    try:
        r = fn()
    except Exception as e:
        return berr(e)
    return r34(r)


def bytes_method_rows():
    rows = []
    strings = BCORPUS + [bytes(R.choice(b'abAB ,\t\n\r\x0b\x00\xff') for _ in range(R.randint(0, 10)))
                         for _ in range(40)]
    for b in strings:
        h = b.hex()
        for sep in [None, b' ', b',', b'ab', b'']:
            for m in [-1, 1]:
                rows.append((h, 'split', repr(sep), m, bcall(lambda: b.split(sep, m))))
                rows.append((h, 'rsplit', repr(sep), m, bcall(lambda: b.rsplit(sep, m))))
        for ke in [False, True]:
            rows.append((h, 'splitlines', ke, bcall(lambda: b.splitlines(ke))))
        for ch in [None, b'ab', b' x']:
            for m in ['strip', 'lstrip', 'rstrip']:
                rows.append((h, m, repr(ch), bcall(lambda: getattr(b, m)(ch))))
        for sub in [b'', b'a', b'ab', b' ', b'\x00']:
            a, c = R.choice([None, 0, 1, -1, 5, -100]), R.choice([None, 0, 2, -1, 100])
            for m in ['find', 'rfind', 'count', 'startswith', 'endswith', 'index', 'rindex']:
                rows.append((h, m, sub.hex(), repr(a), repr(c), bcall(lambda: getattr(b, m)(sub, a, c))))
            for new in [b'', b'XY']:
                for k in [-1, 1]:
                    rows.append((h, 'replace', sub.hex(), new.hex(), k, bcall(lambda: b.replace(sub, new, k))))
            rows.append((h, 'partition', sub.hex(), bcall(lambda: b.partition(sub))))
            rows.append((h, 'rpartition', sub.hex(), bcall(lambda: b.rpartition(sub))))
        for t in [8, 3, 0]:
            rows.append((h, 'expandtabs', t, bcall(lambda: b.expandtabs(t))))
        for w in [0, 10, 11]:
            rows.append((h, 'center', w, bcall(lambda: b.center(w, b'*'))))
            rows.append((h, 'ljust', w, bcall(lambda: b.ljust(w, b'*'))))
            rows.append((h, 'rjust', w, bcall(lambda: b.rjust(w, b'*'))))
            rows.append((h, 'zfill', w, bcall(lambda: b.zfill(w))))
        for m in ['upper', 'lower', 'swapcase', 'title', 'capitalize', 'isalpha', 'isalnum', 'isdigit', 'isspace',
                  'islower', 'isupper', 'istitle']:
            rows.append((h, m, bcall(getattr(b, m))))
        rows.append((h, 'translate', bcall(lambda: b.translate(bytes.maketrans(b'ab', b'xy'), b' '))))
    for s in ['', '1', '0g', 'g0', 'a b', 'ab cd', 'ab  cd', ' ab', 'ab\tcd', 'abc', '0G 1', 'é0', 'FF00', ' 01 02 ']:
        rows.append(('', 'fromhex', s, fromhex34(s)))
    return rows


def wrap34(name, op, res):
    """3.4 has no C fast path for 'us-ascii' (added in 3.6), so handler errors of
    that name are wrapped like any registry codec's."""
    if name.lower().replace('_', '-') == 'us-ascii' and (res.startswith('!LookupError: unknown error handler')
                                                         or res.startswith('!TypeError')):
        kind, msg = res[1:].split(': ', 1)
        return '!%s: %s with %r codec failed (%s: %s)' % (kind, op, name, kind, msg)
    return res


def codec_rows():
    rows = []
    handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'bogus']
    names = ['utf-8', 'UTF8', 'ascii', 'latin-1', 'ISO-8859-1', 'l1', 'us-ascii', 'nope']
    pool = [b'\xff', b'\x80', b'\xc0', b'\xc2', b'\xe2', b'\x82', b'\xac', b'\xed', b'\xa0', b'\xf0', b'\x9f',
            b'\x98', b'\x80', b'\xf4', b'\x90', b'\xf5', b'a', b'b', b'\xe2\x82\xac', b'\xc3\xa9',
            b'\xf0\x9f\x98\x80']
    for _ in range(500):
        b = b''.join(R.choice(pool) for _ in range(R.randint(0, 6)))
        name, h = R.choice(names), R.choice(handlers)
        try:
            strict = b.decode(name)
            res = repr(strict)
        except LookupError as e:
            res = err(e)
        except UnicodeDecodeError as e:
            if h == 'backslashreplace':  # 3.4 cannot use it for decoding
                res = "!TypeError: don't know how to handle UnicodeDecodeError in error callback"
                if name.lower() not in ('utf-8', 'utf8', 'ascii', 'latin-1', 'iso-8859-1'):
                    res = "!TypeError: decoding with %r codec failed (TypeError: don't know how to handle " \
                          "UnicodeDecodeError in error callback)" % name
            else:
                res = wrap34(name, 'decoding', call(lambda: b.decode(name, h)))
        rows.append(('decode', b.hex(), name, h, r34(res) if not res.startswith(('!', "'", '"')) else res))
    chars = ['a', 'b', 'é', 'ü', '€', '\U0001f600', '\xff', '\x7f', '\u0100']
    for _ in range(500):
        t = ''.join(R.choice(chars) for _ in range(R.randint(0, 6)))
        name, h = R.choice(names), R.choice(handlers)
        rows.append(('encode', t, name, h, wrap34(name, 'encoding', call(lambda: t.encode(name, h)))))
    return rows


def main():
    write(os.path.join(HERE, 'methods.txt'), method_rows(), 'string, method, args..., repr(result)')
    write(os.path.join(HERE, 'chars.txt'), char_rows(),
          'code point, predicate bits (alpha alnum decimal digit numeric space lower upper title identifier '
          'printable34), upper, lower, title, casefold, repr34')
    write(os.path.join(HERE, 'bytes.txt'), bytes_rows(), 'hex, repr(bytes), repr(bytearray)')
    write(os.path.join(HERE, 'codecs.txt'), codec_rows(), 'decode/encode, data, codec, errors, result')
    write(os.path.join(HERE, 'bytes_methods.txt'), bytes_method_rows(), 'hex of bytes, method, args..., repr(result)')


if __name__ == '__main__':
    main()
