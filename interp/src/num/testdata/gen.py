#!/usr/bin/env python3
"""Writes the test data of crate::num from python3's own answers.
Run: python3 interp/src/num/testdata/gen.py   (deterministic: fixed seed)

3.4 overrides (py34-vs-py311.md):
  * hash(nan) is 0 in 3.4 (3.11 hashes by identity);
  * int()/float() reject underscores in 3.4;
  * float('') / float('  ') say 'could not convert string to float: ' in 3.4;
  * pow(a, -b, m) raises TypeError in 3.4;
  * 3.11's 4300-digit str<->int limit does not exist in 3.4 (lifted here).
"""
import math
import os
import random
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'text', 'testdata'))
from testdata_common import write  # noqa: E402

sys.set_int_max_str_digits(0)
R = random.Random(20261201)


def rand_int():
    k = R.random()
    if k < 0.25:
        v = R.randint(-12, 12)
    elif k < 0.45:
        v = R.randint(-2**31, 2**31)
    elif k < 0.65:
        v = R.choice([2**63, 2**63 - 1, 2**62, 2**64, 2**53, 2**53 + 1]) + R.randint(-3, 3)
    elif k < 0.9:
        v = R.getrandbits(R.randint(64, 300))
    else:
        v = R.getrandbits(R.randint(300, 800))
    return -v if R.random() < 0.4 else v


def rand_float():
    k = R.random()
    if k < 0.3:
        return struct.unpack('<d', struct.pack('<Q', R.getrandbits(64)))[0]
    if k < 0.5:
        return R.choice([0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.5, 1e300, -1e300, 5e-324,
                         float('inf'), -float('inf'), float('nan'), 3.0, -7.5, 1e16, 2.0**63])
    if k < 0.8:
        return round(R.uniform(-1000, 1000), R.randint(0, 6))
    return R.uniform(-1, 1) * 10 ** R.randint(-30, 30)


def F(x):
    return repr(x)


# 3.4 wording where 3.11's differs (py34-vs-py311.md rows 94, 95; as_integer_ratio from 3.4's floatobject.c)
MSG34 = {
    'integer modulo by zero': 'integer division or modulo by zero',
    'float floor division by zero': 'float divmod()',
    'cannot convert Infinity to integer ratio': 'Cannot pass infinity to float.as_integer_ratio.',
    'cannot convert NaN to integer ratio': 'Cannot pass NaN to float.as_integer_ratio.',
}


def err(e):
    msg = str(e)
    return '!%s: %s' % (type(e).__name__, MSG34.get(msg, msg))


def int_ops():
    rows = []
    binops = {
        'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
        'floordiv': lambda a, b: a // b, 'mod': lambda a, b: a % b,
        'divmod': lambda a, b: '%d %d' % divmod(a, b), 'truediv': lambda a, b: F(a / b),
        'and': lambda a, b: a & b, 'or': lambda a, b: a | b, 'xor': lambda a, b: a ^ b,
    }
    for _ in range(2500):
        op = R.choice(list(binops))
        a, b = rand_int(), rand_int()
        if R.random() < 0.05:
            b = 0
        try:
            res = binops[op](a, b)
        except Exception as e:
            res = err(e)
        rows.append((op, a, b, res))
    for a, b in [(-8, -8), (2, -1), (-2, -3), (0, -1), (10, -400), (2**1100, -1), (7, -20)]:
        try:
            rows.append(('pow', a, b, F(a ** b)))
        except Exception as e:
            rows.append(('pow', a, b, err(e)))
    for _ in range(400):
        a = rand_int() if R.random() < 0.5 else R.randint(-20, 20)
        b = R.randint(-5, 40) if abs(a) > 2**64 else R.randint(-10, 130)
        try:
            res = a ** b
            res = F(res) if isinstance(res, float) else res
        except Exception as e:
            res = err(e)
        rows.append(('pow', a, b, res))
    for _ in range(400):
        a, b, m = rand_int(), R.choice([rand_int(), R.randint(-3, 1000)]), R.choice([rand_int(), R.randint(-50, 50)])
        if b < 0:
            res = '!TypeError: pow() 2nd argument cannot be negative when 3rd argument specified'
        else:
            try:
                res = pow(a, b, m)
            except Exception as e:
                res = err(e)
        rows.append(('powmod', a, b, m, res))
    for _ in range(500):
        a, n = rand_int(), R.randint(-2, 200)
        op = R.choice(['lshift', 'rshift'])
        try:
            res = a << n if op == 'lshift' else a >> n
        except Exception as e:
            res = err(e)
        rows.append((op, a, n, res))
    for _ in range(300):
        a = rand_int()
        rows.append(('neg', a, -a))
        rows.append(('invert', a, ~a))
        rows.append(('bit_length', a, a.bit_length()))
        try:
            rows.append(('float', a, F(float(a))))
        except Exception as e:
            rows.append(('float', a, err(e)))
    for _ in range(300):
        a, n = rand_int(), R.randint(-25, 2)
        rows.append(('round', a, n, round(a, n)))
    for a in [5, 15, 25, -25, 35, 45, -45, 150, 250, 2**70 + 5 * 10**20]:
        for n in [-1, -2, -21]:
            rows.append(('round', a, n, round(a, n)))
    return rows


def int_float_cmp():
    rows = []
    for _ in range(1500):
        a = rand_int()
        if R.random() < 0.6 or a.bit_length() > 1000:
            x = rand_float()
        else:
            x = float(a) + R.choice([0.0, 0.5, -0.5])
        if math.isnan(x):
            c = 'u'
        else:
            c = '<' if a < x else ('=' if a == x else '>')
        rows.append((a, F(x), c))
    return rows


def float_ops():
    rows = []
    ops = {
        'truediv': lambda x, y: F(x / y), 'floordiv': lambda x, y: F(x // y), 'mod': lambda x, y: F(x % y),
        'divmod': lambda x, y: '%r %r' % divmod(x, y),
    }
    for _ in range(2000):
        op = R.choice(list(ops))
        x, y = rand_float(), rand_float()
        if R.random() < 0.05:
            y = R.choice([0.0, -0.0])
        try:
            res = ops[op](x, y)
        except Exception as e:
            res = err(e)
        rows.append((op, F(x), F(y), res))
    for _ in range(1200):
        x = rand_float()
        y = R.choice([rand_float(), float(R.randint(-5, 5)), R.choice([0.5, -0.5, 1 / 3, 2.0, -2.0, 1e10])])
        if R.random() < 0.3:
            x = R.uniform(-10, 10)
        try:
            if math.isfinite(x) and x < 0 and math.isfinite(y) and y != math.floor(y):
                res = 'complex'  # float_pow hands over to complex pow here
            else:
                res = F(x ** y)
        except Exception as e:
            res = err(e)
        rows.append(('pow', F(x), F(y), res))
    for _ in range(1500):
        x = rand_float() if R.random() < 0.5 else round(R.uniform(-100, 100), R.randint(1, 5))
        n = R.randint(-5, 8) if R.random() < 0.9 else R.choice([-400, -308, -307, 322, 323, 400])
        try:
            res = F(round(x, n))
        except Exception as e:
            res = err(e)
        rows.append(('round', F(x), n, res))
    for x in [0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 0.125, 0.375, 1e22, 5e-324, 1.7976931348623157e308,
              float('inf'), -float('inf'), float('nan'), -0.0]:
        for n in [0, 1, 2, -1, -308, -400, 400]:
            try:
                res = F(round(x, n))
            except Exception as e:
                res = err(e)
            rows.append(('round', F(x), n, res))
    for _ in range(600):
        x = rand_float()
        try:
            n, d = x.as_integer_ratio()
            res = '%d %d' % (n, d)
        except Exception as e:
            res = err(e)
        rows.append(('ratio', F(x), res))
        rows.append(('hex', F(x), x.hex()))
        rows.append(('is_integer', F(x), x.is_integer()))
        try:
            res = int(x)
        except Exception as e:
            res = err(e)
        rows.append(('int', F(x), res))
        try:
            res = round(x)
        except Exception as e:
            res = err(e)
        rows.append(('round0', F(x), res))
    return rows


def fromhex():
    rows = []
    samples = ['0x1p-1074', '0x1p-1075', '0x3p-1076', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023',
               '0x1p1024', ' -0x1.8p1 ', 'inf', '-Infinity', 'nan', '0x', '1p', 'x1', '0x1.', '0x.8', '.8',
               '0X1P+4', '0x1p', '0x1p-', '1.0', 'fff.fff', '0x0p0', '-0x0p0', '0x1.00000000000008p0',
               '0x1.00000000000018p0', '0x1.000000000000080001p0', '0x1p99999999999999999999',
               '0x1p-99999999999999999999', '  0x10  ', '0x1g', '++0x1', '0x1p+1.5']
    for s in samples:
        try:
            res = F(float.fromhex(s))
        except Exception as e:
            res = err(e)
        rows.append((s, res))
    for _ in range(300):
        x = rand_float()
        rows.append((x.hex(), F(x)))
        m = R.getrandbits(R.randint(1, 80))
        e = R.randint(-1200, 1100)
        s = '0x%xp%d' % (m, e)
        try:
            res = F(float.fromhex(s))
        except Exception as e2:
            res = err(e2)
        rows.append((s, res))
    return rows


def hashes():
    rows = []
    for _ in range(1500):
        a = rand_int()
        rows.append(('int', a, hash(a)))
    for v in [0, 1, -1, -2, 2**61 - 1, 2**61, -(2**61 - 1), 2**64, -2**64, 2**61 - 2]:
        rows.append(('int', v, hash(v)))
    for _ in range(1500):
        x = rand_float()
        h = 0 if math.isnan(x) else hash(x)  # 3.4: hash(nan) == 0
        rows.append(('float', F(x), h))
    for _ in range(500):
        x, y = rand_float(), rand_float()
        hx = 0 if math.isnan(x) else hash(x)
        hy = 0 if math.isnan(y) else hash(y)
        if math.isnan(x) or math.isnan(y):
            # 3.4: complex hash combines the 3.4 float hashes
            h = (hx + 1000003 * hy) & (2**64 - 1)
            h = h - 2**64 if h >= 2**63 else h
            h = -2 if h == -1 else h
        else:
            h = hash(complex(x, y))
        rows.append(('complex', F(x), F(y), h))
    return rows


def parse_ints():
    rows = []
    samples = ['0', '-0', '+7', ' 12 ', '\t\n12\x0b\x0c\r', '\u3000 5\u2000', '\x1c5', '5\x1c', '١٢٣', '١x',
               '0x1f', '0X1F', '-0x1f', '0o17', '0b101', '0b', '0x', '00', '000', '010', '0_1', '1_000', '_1',
               '', ' ', '+', '-', '+-1', '1 2', '12\x00', 'z', 'Z', '9' * 50, '-' + '7' * 40, 'é', '1é',
               '\U0001d7ce\U0001d7cf', '0x' + 'f' * 30, 'x' * 300, '0b12', '1e5', '1.0', '٣.٣']
    for s in samples:
        for base in [10, 0, 2, 8, 16, 36, 7]:
            rows.append(parse_int_row(s, base))
    for _ in range(1500):
        base = R.choice([0, 2, 8, 10, 16, 36, R.randint(2, 36)])
        v = rand_int()
        if base == 0:
            s = R.choice([str(v), hex(v), oct(v), bin(v)])
        else:
            s = to_base(v, base)
        if R.random() < 0.2:
            s = R.choice([' ', '\t', '']) + s + R.choice([' ', '\n', ''])
        if R.random() < 0.1:
            s = s[:R.randint(0, len(s))] + R.choice('_ .x9gZ-') + s[R.randint(0, len(s)):]
        rows.append(parse_int_row(s, base))
    return rows


def to_base(v, base):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    n = abs(v)
    out = ''
    while True:
        out = digits[n % base] + out
        n //= base
        if n == 0:
            break
    if R.random() < 0.3:
        out = out.upper()
    return ('-' if v < 0 else '') + out


def parse_int_row(s, base):
    if '_' in s:
        res = '!ValueError: invalid literal for int() with base %d: %.200r' % (base, s)
    else:
        try:
            res = int(s, base)
        except Exception as e:
            res = err(e)
    return (s, base, res)


def parse_floats():
    rows = []
    samples = ['1', '1.', '.5', '.', '-.5e-3', '1e', '1e+', 'e5', '1e5', '1E5', 'inf', '-INF', '+Infinity',
               'infinit', 'nan', '-NaN', 'nan1', ' 1.5 ', '\u2003 2.5\u3000', '١.٥', '1_0', '', '   ', '0x10',
               '1e500', '-1e500', '1e-500', '2.5e-324', '2.4703282292062328e-324', '2.4703282292062327e-324',
               '1.7976931348623158e308', '1.7976931348623159e308', '0.1', '123456789012345678901234567890',
               '9007199254740993', '1' * 400, '0.' + '0' * 300 + '1', '--1', '1..2', '1.2.3', 'é', 'x' * 50,
               '+', '-', '1e1.5', '  -0  ', '0e0', '00.00', '4.9406564584124654e-324']
    for s in samples:
        rows.append(parse_float_row(s))
    for _ in range(1500):
        x = rand_float()
        s = R.choice([repr(x), '%.17g' % x, '%.25e' % x, '%.3f' % x if abs(x) < 1e20 else repr(x), str(x).upper()])
        if R.random() < 0.1:
            s = '%d.%de%d' % (R.getrandbits(70), R.getrandbits(40), R.randint(-340, 320))
        rows.append(parse_float_row(s))
    return rows


def parse_float_row(s):
    if '_' in s:
        res = '!ValueError: could not convert string to float: %r' % s
    elif s.strip() == '':
        res = '!ValueError: could not convert string to float: '
    else:
        try:
            res = F(float(s))
        except Exception as e:
            res = err(e)
    return (s, res)


def bytes_rows():
    rows = []
    for _ in range(600):
        v = rand_int() if R.random() < 0.5 else R.randint(-300, 300)
        length = R.randint(0, 40)
        order = R.choice(['big', 'little'])
        signed = R.random() < 0.5
        try:
            res = v.to_bytes(length, order, signed=signed).hex()
        except Exception as e:
            res = err(e)
        rows.append(('to', v, length, order, signed, res))
    for _ in range(400):
        b = bytes(R.getrandbits(8) for _ in range(R.randint(0, 20)))
        order = R.choice(['big', 'little'])
        signed = R.random() < 0.5
        rows.append(('from', b.hex(), order, signed, int.from_bytes(b, order, signed=signed)))
    return rows


def radix_rows():
    rows = []
    for _ in range(600):
        v = rand_int()
        rows.append((v, 2, bin(v).replace('0b', '')))
        rows.append((v, 8, oct(v).replace('0o', '')))
        rows.append((v, 16, hex(v).replace('0x', '')))
        rows.append((v, 10, str(v)))
        b = R.randint(2, 36)
        rows.append((v, b, to_base_lower(v, b)))
    return rows


def to_base_lower(v, base):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    n = abs(v)
    out = ''
    while True:
        out = digits[n % base] + out
        n //= base
        if n == 0:
            break
    return ('-' if v < 0 else '') + out


def complex_rows():
    rows = []
    def rc():
        k = R.random()
        if k < 0.15:
            return complex(R.choice([0.0, -0.0, 1.0, -1.0, 2.0]), R.choice([0.0, -0.0, 1.0, -1.0, 0.5]))
        if k < 0.25:
            return complex(R.choice([float('inf'), float('nan'), 1e300, -1e300]), R.choice([0.0, 1.0, float('inf')]))
        return complex(rand_float(), rand_float()) if R.random() < 0.3 else complex(R.uniform(-10, 10), R.uniform(-10, 10))
    def C(z):
        return '%r %r' % (z.real, z.imag)
    for _ in range(800):
        a, b = rc(), rc()
        op = R.choice(['div', 'mul', 'pow', 'pow', 'abs'])
        if op == 'pow' and R.random() < 0.5:
            b = complex(R.choice([R.randint(-120, 120), R.randint(-5, 5), 0.5, -0.5]), R.choice([0.0, 0.0, 1.0]))
        try:
            if op == 'div':
                res = C(a / b)
            elif op == 'mul':
                res = C(a * b)
            elif op == 'pow':
                res = C(a ** b)
            else:
                res = F(abs(a))
        except Exception as e:
            res = err(e)
        rows.append((op, C(a), C(b), res))
    texts = ['1', '1j', '-j', 'j', '+j', '1+2j', '1-2J', '(1+2j)', ' ( 1+2j ) ', '(1+2j', '1+2', '1+', 'inf+nanj',
             '-infj', 'nanj', '1e5-1e-5j', '1e', '1ej', '', ' ', '()', '1 + 2j', '1+2j ', '\t3.5\n', 'jj', '2jj',
             '1+-2j', '++1j', '١+٢j', '1.5e+3+2.5e-3j', '.5j', '5.j', 'infinityj', '-nan+infj', 'a', '1\x00']
    for t in texts:
        t = t.encode().decode('unicode_escape') if '\\' in t else t
        try:
            res = C(complex(t))
        except Exception as e:
            res = err(e)
        rows.append(('parse', t, '', res))
    return rows


def slice_rows():
    rows = []
    vals = [None, 0, 1, 2, 3, -1, -2, -3, 5, -5, 10, -10, 2**70, -2**70]
    for _ in range(3000):
        a, b, c = R.choice(vals), R.choice(vals), R.choice(vals + [0, 1, 1, -1])
        n = R.choice([0, 1, 2, 3, 5, 10])
        try:
            st, sp, stp = slice(a, b, c).indices(n)
            # sequences clamp a huge step to the C range (PySlice_GetIndicesEx);
            # slice.indices() itself reports the step unclamped
            clamped = max(-(2**63 - 1), min(2**63 - 1, stp))
            res = '%d %d %d %d' % (st, sp, clamped, len(range(st, sp, stp)))
        except Exception as e:
            res = err(e)
        rows.append((repr(a), repr(b), repr(c), n, res))
    return rows


def main():
    write(os.path.join(HERE, 'int_ops.txt'), int_ops(), 'op, operands..., result (or !Error: message)')
    write(os.path.join(HERE, 'int_float_cmp.txt'), int_float_cmp(), 'int, float repr, < = > or u')
    write(os.path.join(HERE, 'float_ops.txt'), float_ops(), 'op, operands (reprs)..., result')
    write(os.path.join(HERE, 'fromhex.txt'), fromhex(), 'text, float.fromhex result')
    write(os.path.join(HERE, 'hash.txt'), hashes(), 'kind, value(s), hash (3.4 semantics)')
    write(os.path.join(HERE, 'parse_int.txt'), parse_ints(), 'text, base, int(text, base)')
    write(os.path.join(HERE, 'parse_float.txt'), parse_floats(), 'text, float(text) repr')
    write(os.path.join(HERE, 'bytes.txt'), bytes_rows(), 'to/from bytes cases')
    write(os.path.join(HERE, 'radix.txt'), radix_rows(), 'value, radix, digits')
    write(os.path.join(HERE, 'slice.txt'), slice_rows(), 'start, stop, step, len, slice.indices + slice length')
    write(os.path.join(HERE, 'complex.txt'), complex_rows(), 'op, a (re im), b (re im), result')


if __name__ == '__main__':
    main()
