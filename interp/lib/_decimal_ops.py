"""The less common Decimal operations (see decimal.py): logb, scaleb,
non-integral powers, next_plus/next_minus/next_toward, remainder_near,
max_mag/min_mag, compare_total(_mag), the logical_* digit-wise operations,
rotate, shift and radix, plus the Context methods that wrap them and the
predicates.  ``install()`` attaches them to Decimal and Context; the
semantics are those of the General Decimal Arithmetic specification that
CPython's decimal follows.
"""

import _decimal_ctx as _c
from _decimal_ctx import (getcontext, InvalidOperation, DivisionByZero,
                          DivisionImpossible, DivisionUndefined, Inexact,
                          Rounded, Subnormal, Overflow, Underflow, Clamped,
                          ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN)
from _decimal_num import Decimal, _new, _ndigits, _convert_strict


def _ctx(context):
    return getcontext() if context is None else context


def _quiet_copy(context, rounding):
    """A copy of context with `rounding` that traps and records nothing."""
    ctx = _c.Context(prec=context.prec, rounding=rounding, Emin=context.Emin,
                     Emax=context.Emax, clamp=context.clamp, traps=[],
                     flags=[])
    return ctx


def _is_integral(d):
    return not d._is_special and (d._exp >= 0 or
                                  d._int % 10 ** (-d._exp) == 0)


def _as_int(d):
    n = d._int * 10 ** d._exp if d._exp >= 0 else d._int // 10 ** (-d._exp)
    return -n if d._sign else n


# -- logb, scaleb --

def logb(self, context=None):
    """The adjusted exponent of self as a Decimal."""
    context = _ctx(context)
    ans = self._check_nans(context=context)
    if ans is not None:
        return ans
    if self._isinfinity():
        return _new(0, 0, 'F')
    if not self._int:
        return context._raise(DivisionByZero, _new(1, 0, 'F'))
    return Decimal(self.adjusted())._fix(context)


def scaleb(self, other, context=None):
    """self with its exponent increased by the integer other."""
    context = _ctx(context)
    other = _convert_strict(other, context)
    ans = self._check_nans(other, context)
    if ans is not None:
        return ans
    if other._is_special or other._exp != 0:
        return self._invalid(context)
    limit = 2 * (context.Emax + context.prec)
    n = -other._int if other._sign else other._int
    if not -limit <= n <= limit:
        return self._invalid(context)
    if self._isinfinity():
        return self
    return _new(self._sign, self._int, self._exp + n)._fix(context)


# -- powers with a non-integral exponent --

def power_nonintegral(x, y, context):
    """x ** y where y is infinite or not integral (NaNs already handled)."""
    if y._isinfinity():
        if x._sign and (x._int or x._is_special):
            return x._invalid(context)
        if x._is_special:
            return _new(0, 0, 'F') if not y._sign else _new(0, 0, 0)
        if not x._int:
            return _new(0, 0, 'F') if y._sign else _new(0, 0, 0)
        cmp_one = x._cmp(_new(0, 1, 0))
        if cmp_one == 0:
            return _one_inexact(context)
        if (cmp_one > 0) != bool(y._sign):
            return _new(0, 0, 'F')
        return _new(0, 0, 0)
    if x._sign and (x._int or x._is_special):
        return x._invalid(context)
    if x._is_special:
        return _new(0, 0, 0) if y._sign else _new(0, 0, 'F')
    if not x._int:
        return _new(0, 0, 'F') if y._sign else _new(0, 0, 0)
    c, e = x._int, x._exp
    while c % 10 == 0:
        c //= 10
        e += 1
    if c == 1 and e == 0:
        return _one_inexact(context)
    from _decimal_log import _ln_fixed, exp, _round_decided, _finish
    guard = 10
    y_mag = max(y.adjusted() + 1, 0)
    while True:
        work = context.prec + guard
        scale = work + y_mag + 3
        ln_x = _ln_fixed(x._int, x._exp, scale)
        t = y._int * ln_x
        if y._exp >= 0:
            t *= 10 ** y._exp
        else:
            t //= 10 ** (-y._exp)
        if y._sign:
            t = -t
        arg = _new(1 if t < 0 else 0, abs(t), -scale)
        wctx = _c.Context(prec=work, rounding=ROUND_HALF_EVEN,
                          Emin=context.Emin, Emax=context.Emax, clamp=0,
                          traps=[], flags=[])
        r = exp(arg, wctx)
        if r._is_special or wctx.flags[Overflow]:
            return x._overflow(context, 0)
        if not r._int:
            return _finish(_new(0, 1, context.Etiny() - 2), context)
        if _round_decided(0, r._int, r._exp, 10, context) is not None:
            return _finish(_new(0, r._int, r._exp), context)
        guard *= 2


def _one_inexact(context):
    """1 with the context's full precision (an inexact power result)."""
    context._raise_many([Inexact, Rounded])
    return _new(0, 10 ** (context.prec - 1), 1 - context.prec)


# -- neighbours --

def next_plus(self, context=None):
    """The smallest representable number larger than self."""
    context = _ctx(context)
    ans = self._check_nans(context=context)
    if ans is not None:
        return ans
    if self._isinfinity():
        if not self._sign:
            return self
        return _new(1, 10 ** context.prec - 1, context.Etop())
    ctx = _quiet_copy(context, ROUND_CEILING)
    new = self._fix(ctx)
    if new._cmp(self) != 0:
        return new
    return self.__add__(_new(0, 1, context.Etiny() - 1), context=ctx)


def next_minus(self, context=None):
    """The largest representable number smaller than self."""
    context = _ctx(context)
    ans = self._check_nans(context=context)
    if ans is not None:
        return ans
    if self._isinfinity():
        if self._sign:
            return self
        return _new(0, 10 ** context.prec - 1, context.Etop())
    ctx = _quiet_copy(context, ROUND_FLOOR)
    new = self._fix(ctx)
    if new._cmp(self) != 0:
        return new
    return self.__add__(_new(1, 1, context.Etiny() - 1), context=ctx)


def next_toward(self, other, context=None):
    """The neighbour of self in the direction of other."""
    context = _ctx(context)
    other = _convert_strict(other, context)
    ans = self._check_nans(other, context)
    if ans is not None:
        return ans
    c = self._cmp(other)
    if c == 0:
        return self.copy_sign(other)
    ans = next_plus(self, context) if c < 0 else next_minus(self, context)
    if ans._isinfinity():
        context._raise_many([Overflow, Inexact, Rounded])
    elif ans.adjusted() < context.Emin:
        conds = [Underflow, Subnormal, Inexact, Rounded]
        if not ans._int:
            conds.append(Clamped)
        context._raise_many(conds)
    return ans


# -- remainder_near --

def remainder_near(self, other, context=None):
    """self - other * n, n the integer nearest self / other (ties even)."""
    context = _ctx(context)
    other = _convert_strict(other, context)
    ans = self._check_nans(other, context)
    if ans is not None:
        return ans
    if self._isinfinity():
        return self._invalid(context)
    if not other._is_special and not other._int:
        if not self._int:
            return context._raise(DivisionUndefined, _new(0, 0, 'n'))
        return self._invalid(context)
    if other._isinfinity():
        return self._fix(context)
    exp = min(self._exp, other._exp)
    xc = self._int * 10 ** (self._exp - exp)
    yc = other._int * 10 ** (other._exp - exp)
    if not xc:
        return _new(self._sign, 0, exp)._fix(context)
    q, r = divmod(xc, yc)
    if 2 * r > yc or (2 * r == yc and q % 2):
        r -= yc
        q += 1
    if _ndigits(q) > context.prec:
        return context._raise(DivisionImpossible, _new(0, 0, 'n'))
    sign = self._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _new(sign, r, exp)._fix(context)


# -- magnitude comparisons and the total order --

def _mag_pick(self, other, context, want_max):
    context = _ctx(context)
    other = _convert_strict(other, context)
    if self.is_nan() or other.is_nan():
        return self.max(other, context) if want_max else self.min(other, context)
    c = self.copy_abs()._cmp(other.copy_abs())
    if c == 0:
        return self.max(other, context) if want_max else self.min(other, context)
    if want_max:
        ans = self if c > 0 else other
    else:
        ans = self if c < 0 else other
    return ans._fix(context)


def max_mag(self, other, context=None):
    """The operand with the larger magnitude."""
    return _mag_pick(self, other, context, True)


def min_mag(self, other, context=None):
    """The operand with the smaller magnitude."""
    return _mag_pick(self, other, context, False)


def _total_key(d):
    """(class rank, value part, tiebreak) ordering non-negative numbers."""
    if d._exp == 'n':
        return (4, int(d._diag or 0), 0)
    if d._exp == 'N':
        return (3, int(d._diag or 0), 0)
    if d._exp == 'F':
        return (2, 0, 0)
    return (1, d, d._exp)


def _total_cmp(a, b):
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ka, kb = _total_key(a), _total_key(b)
    if ka[0] != kb[0]:
        c = -1 if ka[0] < kb[0] else 1
    elif ka[0] == 1:
        c = a.copy_abs()._cmp(b.copy_abs())
        if c == 0:
            c = (ka[2] > kb[2]) - (ka[2] < kb[2])
    else:
        c = (ka[1] > kb[1]) - (ka[1] < kb[1])
    return -c if a._sign else c


def compare_total(self, other, context=None):
    """-1, 0 or 1 in the total order (signs, classes, then exponents)."""
    other = _convert_strict(other, context)
    return Decimal(_total_cmp(self, other))


def compare_total_mag(self, other, context=None):
    """compare_total of the absolute values."""
    other = _convert_strict(other, context)
    return Decimal(_total_cmp(self.copy_abs(), other.copy_abs()))


# -- digit-wise logical operations, rotate, shift --

def _logical_digits(d, context):
    """The 0/1 digits of a logical operand as a string, or None."""
    if d._is_special or d._sign or d._exp != 0:
        return None
    s = str(d._int)
    if s.strip('01'):
        return None
    return s


def _logical(self, other, context, op):
    context = _ctx(context)
    other = _convert_strict(other, context)
    a = _logical_digits(self, context)
    b = _logical_digits(other, context)
    if a is None or b is None:
        return self._invalid(context)
    width = context.prec
    a = a[-width:].rjust(width, '0')
    b = b[-width:].rjust(width, '0')
    digits = ''.join(op(x, y) for x, y in zip(a, b))
    return _new(0, int(digits), 0)


def logical_and(self, other, context=None):
    """Digit-wise and of two logical operands."""
    return _logical(self, other, context,
                    lambda x, y: '1' if x == y == '1' else '0')


def logical_or(self, other, context=None):
    """Digit-wise or of two logical operands."""
    return _logical(self, other, context,
                    lambda x, y: '1' if '1' in (x, y) else '0')


def logical_xor(self, other, context=None):
    """Digit-wise exclusive or of two logical operands."""
    return _logical(self, other, context,
                    lambda x, y: '1' if x != y else '0')


def logical_invert(self, context=None):
    """Digit-wise inversion, over the context's precision."""
    context = _ctx(context)
    return _logical(self, _new(0, int('1' * context.prec), 0), context,
                    lambda x, y: '1' if x != y else '0')


def _shift_amount(self, other, context):
    """The checked integer count of rotate/shift, or a NaN/invalid result."""
    other = _convert_strict(other, context)
    ans = self._check_nans(other, context)
    if ans is not None:
        return None, ans
    if other._is_special or other._exp != 0:
        return None, self._invalid(context)
    n = -other._int if other._sign else other._int
    if not -context.prec <= n <= context.prec:
        return None, self._invalid(context)
    return n, None


def rotate(self, other, context=None):
    """The coefficient's digits (over prec places) rotated left by other."""
    context = _ctx(context)
    n, ans = _shift_amount(self, other, context)
    if ans is not None:
        return ans
    if self._isinfinity():
        return self
    width = context.prec
    digits = str(self._int)[-width:].rjust(width, '0')
    n %= width
    rotated = digits[n:] + digits[:n]
    return _new(self._sign, int(rotated), self._exp)


def shift(self, other, context=None):
    """The coefficient shifted left (right when negative) by other digits."""
    context = _ctx(context)
    n, ans = _shift_amount(self, other, context)
    if ans is not None:
        return ans
    if self._isinfinity():
        return self
    width = context.prec
    coeff = self._int % 10 ** width
    if n >= 0:
        coeff = (coeff * 10 ** n) % 10 ** width
    else:
        coeff //= 10 ** (-n)
    return _new(self._sign, coeff, self._exp)


def radix(self):
    """Decimal(10), the base."""
    return Decimal(10)


_DECIMAL_METHODS = [logb, scaleb, next_plus, next_minus, next_toward,
                    remainder_near, max_mag, min_mag, compare_total,
                    compare_total_mag, logical_and, logical_or, logical_xor,
                    logical_invert, rotate, shift, radix]

# Context methods that apply the Decimal method of the same name.
_CONTEXT_UNARY = ['canonical', 'exp', 'ln', 'log10', 'logb', 'logical_invert',
                  'next_minus', 'next_plus', 'number_class', 'is_normal',
                  'is_subnormal']
_CONTEXT_UNARY_NOCTX = ['is_canonical', 'is_finite', 'is_infinite',
                        'is_nan', 'is_qnan', 'is_snan', 'copy_decimal']
_CONTEXT_BINARY = ['compare_signal', 'compare_total', 'compare_total_mag',
                   'copy_sign', 'logical_and', 'logical_or', 'logical_xor',
                   'max_mag', 'min_mag', 'next_toward', 'remainder_near',
                   'rotate', 'same_quantum', 'scaleb', 'shift']


def _context_method(name, with_context):
    def method(self, *args):
        a = _convert_strict(args[0], self)
        if name == 'copy_decimal':
            return a
        if name == 'canonical':
            return a
        if with_context:
            return getattr(a, name)(*args[1:], context=self)
        return getattr(a, name)(*args[1:])
    method.__name__ = name
    return method


def _context_radix(self):
    return Decimal(10)


def install():
    """Attaches the operations to Decimal and Context (once)."""
    for f in _DECIMAL_METHODS:
        setattr(Decimal, f.__name__, f)
    for name in _CONTEXT_UNARY + _CONTEXT_BINARY:
        if name not in _c.Context.__dict__:
            setattr(_c.Context, name, _context_method(name, name not in
                                                       ('copy_sign', 'compare_total',
                                                        'compare_total_mag')))
    for name in _CONTEXT_UNARY_NOCTX:
        if name not in _c.Context.__dict__:
            setattr(_c.Context, name, _context_method(name, False))
    _c.Context.radix = _context_radix
