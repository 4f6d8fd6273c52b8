#!/usr/bin/env python3
"""Writes the test data of crate::format from python3's own answers.
Run: python3 interp/src/format/testdata/gen.py   (deterministic: fixed seed)

3.4 overrides (py34-vs-py311.md rows 23, 24, 218, 219): str with the '0' flag and
no explicit alignment is '=' aligned in 3.4, an error for str; '_' and 'z' are not
options in 3.4 (specs using them are not generated).
"""
import os
import random
import struct
import sys
import _string

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'text', 'testdata'))
from testdata_common import write  # noqa: E402


def err(e):
    msg = str(e)
    # 3.4 has one message for every sign option ('Space not allowed' is newer)
    if msg == 'Space not allowed in string format specifier':
        msg = 'Sign not allowed in string format specifier'
    # 3.4 says just 'Invalid format specifier' (py34-vs-py311.md row 219)
    if msg.startswith('Invalid format specifier '):
        msg = 'Invalid format specifier'
    return '!%s: %s' % (type(e).__name__, msg)

sys.set_int_max_str_digits(0)
R = random.Random(4242)


def bits_float():
    return struct.unpack('<d', struct.pack('<Q', R.getrandbits(64)))[0]


def rand_float():
    k = R.random()
    if k < 0.3:
        return bits_float()
    if k < 0.45:
        return R.choice([0.0, -0.0, 1.0, -1.0, 0.5, 2.5, -2.5, 0.125, 1e16, 1e15, 1e-4, 1e-5, 123456789.0,
                         1234.5, 0.1, 1e300, 5e-324, float('inf'), -float('inf'), float('nan'), 9.995, 2.675])
    if k < 0.8:
        return round(R.uniform(-10000, 10000), R.randint(0, 8))
    return R.uniform(-1, 1) * 10 ** R.randint(-25, 25)


def rand_int():
    k = R.random()
    if k < 0.4:
        v = R.randint(0, 300)
    elif k < 0.8:
        v = R.getrandbits(R.randint(1, 64))
    else:
        v = R.getrandbits(R.randint(64, 200))
    return -v if R.random() < 0.3 else v


def float_reprs():
    rows = []
    for _ in range(4000):
        x = bits_float()
        rows.append((struct.pack('<d', x).hex(), repr(x)))
    for _ in range(2000):
        x = R.uniform(-1, 1) * 10 ** R.randint(-20, 20)
        x = round(x, R.randint(0, 17)) if R.random() < 0.5 else x
        rows.append((struct.pack('<d', x).hex(), repr(x)))
    for e in range(-1074, 1024):  # powers of two: asymmetric rounding intervals
        rows.append((struct.pack('<d', 2.0 ** e).hex(), repr(2.0 ** e)))
    for x in [0.0, -0.0, 1.0, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.1 + 0.2, 5e-324, 1.7976931348623157e308,
              float('inf'), -float('inf'), float('nan'), 123456789012345678.0, 2.0 ** 63, 1e22, 1e23]:
        rows.append((struct.pack('<d', x).hex(), repr(x)))
    return rows


def complex_reprs():
    rows = []
    vals = [0.0, -0.0, 1.0, -1.0, 2.5, 1e16, 1e-5, float('inf'), -float('inf'), float('nan')]
    for re in vals:
        for im in vals:
            rows.append((repr(re), repr(im), repr(complex(re, im))))
    for _ in range(300):
        re, im = rand_float(), rand_float()
        rows.append((repr(re), repr(im), repr(complex(re, im))))
    return rows


def rand_spec(kind):
    parts = []
    if R.random() < 0.4:
        fill = R.choice(['', '', '*', '0', ' ', 'é', 'x'])
        align = R.choice('<>^=')
        parts.append(fill + align)
    if R.random() < 0.3:
        parts.append(R.choice('+- '))
    if R.random() < 0.2:
        parts.append('#')
    if R.random() < 0.2:
        parts.append('0')
    if R.random() < 0.5:
        parts.append(str(R.randint(0, 25)))
    if R.random() < 0.2:
        parts.append(',')
    if R.random() < 0.4:
        parts.append('.' + str(R.randint(0, 20)))
    types = {'int': 'bcdoxXn' + 'eEfFgG%' + 's', 'float': 'eEfFgGn%' + 'd', 'str': 's' + 'd',
             'complex': 'eEfFgGn' + '%'}[kind]
    if R.random() < 0.8:
        parts.append(R.choice(types))
    return ''.join(parts)


def is_zero_flag_str_case(spec):
    """True when 3.4 would give str '=' alignment via the '0' flag (no fill/align given)."""
    if len(spec) >= 2 and spec[1] in '<>^=':
        return False
    if spec[:1] in '<>^=':
        return False
    s = spec
    if s[:1] in '+- ':
        s = s[1:]
    if s[:1] == '#':
        s = s[1:]
    return s[:1] == '0'


def spec_rows():
    rows = []
    for _ in range(2500):
        kind = R.choice(['int', 'float', 'float', 'str', 'complex'])
        spec = rand_spec(kind)
        if kind == 'int':
            v = rand_int()
            text = str(v)
        elif kind == 'float':
            v = rand_float()
            text = repr(v)
        elif kind == 'complex':
            v = complex(rand_float(), rand_float())
            text = '%r %r' % (v.real, v.imag)
        else:
            v = R.choice(['', 'a', 'hello', 'héllo wörld', 'tab\there', '12345678901234567890', '\u4e2d\u6587'])
            text = v
        if kind == 'str' and is_zero_flag_str_case(spec):
            try:
                format(v, spec.replace('0', '', 1) if False else spec)
                res = "!ValueError: '=' alignment not allowed in string format specifier"
            except Exception as e:
                res = err(e)
            # CPython 3.4 checks the type letter and sign/# before '=', so keep those errors
            if res.startswith('!') and ('Unknown format' in res or 'Sign not' in res or 'Alternate' in res
                                        or "Cannot specify" in res):
                pass
            else:
                res = "!ValueError: '=' alignment not allowed in string format specifier"
        else:
            try:
                res = format(v, spec)
            except Exception as e:
                res = err(e)
        rows.append((kind, text, spec, res))
    extra = [('int', '1234567', ','), ('int', '1234', '08,'), ('int', '-1234', '09,'), ('int', '255', '#b'),
             ('int', '255', '#o'), ('int', '255', '#X'), ('int', '65', 'c'), ('int', '65', '+c'), ('int', '65', '#c'),
             ('int', '1114112', 'c'), ('int', '-1', 'c'), ('int', '10', '.2'), ('int', '10', 'z'), ('int', '10', '_'),
             ('int', '1', '=+8'), ('int', '5', '%'), ('int', '5', ',n'), ('int', '5', ',x'), ('int', '5', '.'),
             ('int', '5', '99999999999999999999'), ('int', '5', 'xx'), ('float', '1234.5', '012,.1f'),
             ('float', '1234.5', '.3'), ('float', '2.675', '.2f'), ('float', '1e16', ''), ('float', '1e16', '#'),
             ('float', '1.0', '#'), ('float', '0.5', '.0g'), ('float', '1.5', 'd'), ('float', 'nan', '010'),
             ('float', 'inf', '+010,'), ('float', '-0.0', '+'), ('float', '0.001', '%'), ('float', '123.456', ',.2e'),
             ('float', '1e100', 'f'), ('float', '1.0', '.30f'), ('float', '1.0', 'c'), ('str', 'abc', '.1'),
             ('str', 'abc', '+'), ('str', 'abc', '#'), ('str', 'abc', '=5'), ('str', 'abc', ','), ('str', 'abc', 'd'),
             ('str', 'abc', '^9'), ('str', 'abc', '*^10.2s'), ('str', 'a', '05'), ('complex', '0.0 1.0', '010'),
             ('complex', '1.0 2.0', '#'), ('complex', '1.0 2.0', '+'), ('complex', '0.0 1.0', '+'),
             ('complex', '1.0 2.0', '%'), ('complex', '1.0 2.0', '=10'), ('complex', '-0.0 0.0', ''),
             ('complex', '1.5 -2.25', '.2f'), ('complex', '1234.5 0.5', ',')]
    for kind, text, spec in extra:
        if kind == 'int':
            v = int(text)
        elif kind == 'float':
            v = float(text)
        elif kind == 'complex':
            a, b = text.split()
            v = complex(float(a), float(b))
        else:
            v = text
        if spec in ('z', '_'):
            res = "!ValueError: Unknown format code '%s' for object of type 'int'" % spec
        elif kind == 'str' and spec == '05':
            res = "!ValueError: '=' alignment not allowed in string format specifier"
        else:
            try:
                res = format(v, spec)
            except Exception as e:
                res = err(e)
        rows.append((kind, text, spec, res))
    return rows


def printf_rows():
    rows = []
    for _ in range(2500):
        conv = R.choice('diouxXeEfFgGsra')
        flags = ''.join(R.choice('-+ #0') for _ in range(R.choice([0, 0, 1, 2])))
        width = R.choice(['', '', str(R.randint(0, 20))])
        prec = R.choice(['', '', '.' + str(R.randint(0, 15)), '.'])
        fmt = '%' + flags + width + prec + conv
        if conv in 'diouxX':
            v = rand_int()
            text = str(v)
        elif conv in 'eEfFgG':
            v = rand_float()
            if abs(v) > 1e50 and conv in 'fF':
                v = 1.5
            text = repr(v)
        else:
            v = R.choice(['', 'a', 'hello', 'héllo', 'it\'s', '\u4e2d'])
            text = v
        try:
            res = fmt % (v,)
        except Exception as e:
            res = err(e)
        rows.append((conv, text, fmt, res))
    return rows


def printf_parse_rows():
    rows = []
    for s in ['abc', '%d', '%%', 'a%%b%s', '%(a)s', '%((a))s', '%(a', '%', '%5', '%ld', '%y', 'ab%\x01', '%-#08.3f',
              '%*d', '%.*f', '%*.*e', '%(x)-*d', '100%', '%.d', '%5.%', '%h', '%lld', '%\u00e9']:
        rows.append((s, describe_printf(s)))
    return rows


def describe_printf(s):
    """A neutral description of how CPython parses a % template, computed with probes."""
    # Count conversions by formatting with a dict-or-tuple of recorders.
    class Rec:
        def __init__(self):
            self.n = 0

        def __format__(self, spec):
            return 'X'

        def __str__(self):
            return 'S'

        def __repr__(self):
            return 'R'

        def __int__(self):
            return 7

        def __index__(self):
            return 7

        def __float__(self):
            return 7.0

    class D(dict):
        def __missing__(self, k):
            return 7

    try:
        if '%(' in s:
            out = s % D()
        else:
            out = s % tuple([7] * s.count('%'))
    except TypeError as e:
        if 'not all arguments converted' in str(e):
            for k in range(s.count('%'), -1, -1):
                try:
                    out = s % tuple([7] * k)
                    return 'ok:' + out
                except Exception:
                    continue
        return err(e)
    except Exception as e:
        return err(e)
    return 'ok:' + out


def field_rows():
    rows = []
    for s in ['a{0}b', '{0!r:>{1}}', '{a.b[c]}', '{}', '{!r}', '{0[}', '}', '{', '{{}}', '{0:{1:{2}}}',
              '{a[b]c}', '{0!}', '{0!rr}', '{:}', '{0.}', '{0[]}', '{[0]}', '{0!x}', 'x{0:{}}', '{.a}', '{0][}',
              'a}}b{{c', '{0', '{0:', '{0!r', '{0!r:', '{a{b}', 'abc', '', '{0:>10}', '{x!s:^{w}.{p}}', 'a}b',
              '{0[1][2].x}', '{ }', '{0 }']:
        try:
            res = repr(list(_string.formatter_parser(s)))
        except Exception as e:
            res = err(e)
        rows.append((s, res))
    return rows


def main():
    write(os.path.join(HERE, 'float_repr.txt'), float_reprs(), 'little-endian bits hex, repr(float)')
    write(os.path.join(HERE, 'complex_repr.txt'), complex_reprs(), 'real repr, imag repr, repr(complex)')
    write(os.path.join(HERE, 'spec.txt'), spec_rows(), 'kind, value, spec, format(value, spec)')
    write(os.path.join(HERE, 'printf.txt'), printf_rows(), 'conversion, value, template, template % value')
    write(os.path.join(HERE, 'printf_parse.txt'), printf_parse_rows(), 'template, result with 7 for every argument')
    write(os.path.join(HERE, 'fields.txt'), field_rows(), 'template, _string.formatter_parser result')


if __name__ == '__main__':
    main()
