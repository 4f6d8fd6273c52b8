"""Decimal.exp, ln and log10 (see decimal.py): correctly rounded
(ROUND_HALF_EVEN) by evaluating with guard digits and retrying with more
until the rounding is decided (Ziv's strategy)."""

import _decimal_ctx as _c
from _decimal_num import _new, _ndigits


def _atanh_inv(n, scale):
    """atanh(1/n) * 10**scale, truncated (n > 1)."""
    total = 0
    power = 10 ** scale // n
    n2 = n * n
    k = 1
    while power:
        total += power // k
        power //= n2
        k += 2
    return total


def _ln_fixed(c, e, scale):
    """ln(c * 10**e) * 10**scale (c > 0), with an error of a few units."""
    extra = 10
    s = scale + extra
    ln2 = 2 * _atanh_inv(3, s)
    ln5_4 = 2 * _atanh_inv(9, s)          # ln(1.25)
    ln10 = 3 * ln2 + ln5_4
    j = c.bit_length() - 1                # c = 2**j * f, f in [1, 2)
    # f in [0.75, 1.5): ln f = 2 atanh((f - 1)/(f + 1))
    num, den = c, 1 << j
    if 3 * num > 4 * den:                  # f > 4/3: use f / 2, j + 1
        den <<= 1
        j += 1
    # atanh of the rational q = (num - den) / (num + den)
    p, q = num - den, num + den
    negative = p < 0
    p = abs(p)
    total = 0
    term = p * 10 ** s // q
    k = 1
    q2 = q * q
    p2 = p * p
    while term:
        total += term // k
        term = term * p2 // q2
        k += 2
    if negative:
        total = -total
    value = j * ln2 + e * ln10 + 2 * total
    return value // 10 ** extra


def _round_decided(sign, m, exp10, err, context):
    """The rounded result if m*10**exp10 +- err units round alike."""
    ctx = _c.Context(prec=context.prec, rounding=_c.ROUND_HALF_EVEN,
                     Emin=context.Emin, Emax=context.Emax, clamp=context.clamp,
                     traps=[], flags=[])
    lo = _new(sign, max(m - err, 0), exp10)._fix(ctx)
    hi = _new(sign, m + err, exp10)._fix(ctx)
    if lo._int == hi._int and lo._exp == hi._exp and lo._sign == hi._sign:
        return hi
    return None


def _finish(d, context):
    ctx = context.copy()
    ctx.rounding = _c.ROUND_HALF_EVEN
    ctx.clear_flags()
    ans = d._fix(ctx)
    conds = [s for s in (_c.Clamped, _c.Inexact, _c.Overflow, _c.Rounded,
                         _c.Subnormal, _c.Underflow) if ctx.flags[s]]
    conds = conds or []
    if _c.Inexact not in conds:
        conds += [_c.Inexact, _c.Rounded]
    context._raise_many(conds)
    return ans


def ln(x, context):
    """Natural logarithm of a finite positive Decimal."""
    c, e = x._int, x._exp
    if c == 1 and e == 0:
        return _new(0, 0, 0)
    guard = 10
    while True:
        # Absolute precision: enough digits below the leading one.
        mag = max(len(str(abs(e + _ndigits(c)))), 1)
        scale = context.prec + guard + mag
        v = _ln_fixed(c, e, scale)
        sign = 1 if v < 0 else 0
        r = _round_decided(sign, abs(v), -scale, 4, context)
        if r is not None:
            return _finish(_new(sign, abs(v), -scale), context)
        guard *= 2


def log10(x, context):
    """Base-10 logarithm of a finite positive Decimal (exact for powers of
    ten)."""
    c, e = x._int, x._exp
    while c % 10 == 0:
        c //= 10
        e += 1
    if c == 1:
        return _new(1 if e < 0 else 0, abs(e), 0)._fix(context)
    guard = 10
    while True:
        mag = max(len(str(abs(e + _ndigits(c)))), 1)
        scale = context.prec + guard + mag
        s2 = scale + 5
        v = _ln_fixed(x._int, x._exp, s2)
        ln10 = _ln_fixed(10, 0, s2)
        q = v * 10 ** scale // ln10
        sign = 1 if q < 0 else 0
        r = _round_decided(sign, abs(q), -scale, 4, context)
        if r is not None:
            return _finish(_new(sign, abs(q), -scale), context)
        guard *= 2


def exp(x, context):
    """e ** x for a finite Decimal."""
    c, e, sign = x._int, x._exp, x._sign
    if c == 0:
        return _new(0, 1, 0)
    adj = e + _ndigits(c) - 1
    # Certain overflow / underflow: |x| > 2.31 * 10**(adj) bounds.
    if adj >= 8 or (adj >= 0 and abs(int(_new(0, c, e))) > 2.31 * (context.Emax + 2)):
        if sign == 0:
            return x._overflow(context, 0)
        big = _new(0, 1, context.Etiny() - 2)
        return _finish(big, context)
    guard = 10
    while True:
        work = context.prec + guard
        # x = c * 10**e; halve k times so |r| < 0.5.
        k = 0
        num, den = c, 1
        if e >= 0:
            num = c * 10 ** e
        else:
            den = 10 ** -e
        while num * 2 > den:
            den *= 2
            k += 1
        p = work + len(str(2 ** k)) + 5
        scale = 10 ** p
        term = scale
        total = scale
        n = 1
        while term:
            term = term * num // (den * n)
            if sign:
                total += -term if n % 2 else term
            else:
                total += term
            n += 1
        m, ex = total, -p
        for _ in range(k):
            m = m * m
            ex *= 2
            shift = _ndigits(m) - p
            if shift > 0:
                m //= 10 ** shift
                ex += shift
        err = (n + 4) * (2 ** (k + 1)) + 10
        r = _round_decided(0, m, ex, err, context)
        if r is not None:
            return _finish(_new(0, m, ex), context)
        guard *= 2
