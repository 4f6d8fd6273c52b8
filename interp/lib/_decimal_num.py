"""The Decimal class (see decimal.py)."""

import _decimal_ctx as _c
from _decimal_ctx import (getcontext, InvalidOperation, ConversionSyntax,
                          DivisionByZero, DivisionImpossible,
                          DivisionUndefined, Inexact, Rounded, Subnormal,
                          Overflow, Underflow, Clamped, FloatOperation,
                          ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN,
                          ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
                          ROUND_HALF_DOWN, ROUND_05UP)


class DecimalTuple(tuple):
    """(sign, digits, exponent)."""
    __module__ = 'decimal'


    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % self


_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _new(sign, coeff, exp, diag=''):
    """A Decimal from its parts: coeff an int (specials: exp 'F', 'n', 'N'
    and coeff 0, diag the NaN payload digits)."""
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._is_special = exp in ('F', 'n', 'N')
    d._diag = diag
    return d


def _ndigits(n):
    return len(str(n)) if n else 1


def _parse(s):
    """(sign, coeff, exp, diag) of a numeric string, or None."""
    s = s.strip()
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F', ''
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            diag = s[len(prefix):]
            if not all('0' <= ch <= '9' for ch in diag):
                return None
            return sign, 0, kind, diag.lstrip('0')
    exp = 0
    epos = max(low.find('e'), -1)
    if epos >= 0:
        estr = s[epos + 1:]
        s = s[:epos]
        if estr[:1] in '+-' and estr[:1]:
            body = estr[1:]
        else:
            body = estr
        if not body or not all('0' <= ch <= '9' for ch in body):
            return None
        exp = int(estr)
    if '.' in s:
        intpart, _, frac = s.partition('.')
    else:
        intpart, frac = s, ''
    if not intpart and not frac:
        return None
    digits = intpart + frac
    if not all('0' <= ch <= '9' for ch in digits):
        return None
    coeff = int(digits) if digits else 0
    return sign, coeff, exp - len(frac), ''


def _convert(other, context=None, floats=False):
    """`other` as a Decimal for arithmetic, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if floats and isinstance(other, float):
        if context is None:
            context = getcontext()
        context._raise(FloatOperation)
        return Decimal.from_float(other)
    return NotImplemented


def _convert_strict(other, context=None):
    r = _convert(other, context)
    if r is NotImplemented:
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(other).__name__)
    return r


def _round_digits(sign, coeff, ndrop, rounding):
    """coeff with its last `ndrop` digits removed, rounded; and whether
    anything non-zero was dropped."""
    p = 10 ** ndrop
    q, r = divmod(coeff, p)
    if not r:
        return q, False
    half = p // 2
    up = False
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


def _isqrt(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


class Decimal(object):
    """A decimal floating point number."""
    __module__ = 'decimal'


    __slots__ = ('_sign', '_int', '_exp', '_is_special', '_diag')

    def __new__(cls, value="0", context=None):
        if context is None:
            context = getcontext()
        if isinstance(value, Decimal):
            d = _new(value._sign, value._int, value._exp, value._diag)
        elif isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                return context._raise(ConversionSyntax, _new(0, 0, 'n'))
            d = _new(*parsed)
        elif isinstance(value, bool) or isinstance(value, int):
            v = int(value)
            d = _new(1 if v < 0 else 0, abs(v), 0)
        elif isinstance(value, float):
            context._raise(FloatOperation)
            d = Decimal.from_float(value)
        elif isinstance(value, (list, tuple)):
            d = cls._from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(value).__name__)
        if cls is not Decimal:
            sub = object.__new__(cls)
            sub._sign, sub._int, sub._exp = d._sign, d._int, d._exp
            sub._is_special, sub._diag = d._is_special, d._diag
            return sub
        return d

    @staticmethod
    def _from_tuple(value):
        if len(value) != 3:
            raise ValueError("argument must be a sequence of length 3")
        sign, digits, exp = value
        if sign not in (0, 1):
            raise ValueError("sign must be an integer with the value 0 or 1")
        if exp in ('F', 'n', 'N'):
            diag = ''.join(str(x) for x in digits) if exp != 'F' else ''
            return _new(sign, 0, exp, diag.lstrip('0'))
        if not isinstance(exp, int):
            raise ValueError("exponent must be an integer")
        coeff = 0
        for x in digits:
            if not isinstance(x, int) or not 0 <= x <= 9:
                raise ValueError("coefficient must be a tuple of digits")
            coeff = coeff * 10 + x
        return _new(sign, coeff, exp)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if f != f:
            return _new(0, 0, 'n')
        if f in (float('inf'), float('-inf')):
            return _new(1 if f < 0 else 0, 0, 'F')
        sign = 1 if (f < 0 or (f == 0 and str(f).startswith('-'))) else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        d = _new(sign, n * 5 ** k, -k)
        return d if cls is Decimal else cls(d)

    # -- classification --
    def _isnan(self):
        """0 finite/inf, 1 quiet NaN, 2 signalling NaN."""
        if self._exp == 'n':
            return 1
        if self._exp == 'N':
            return 2
        return 0

    def _isinfinity(self):
        if self._exp == 'F':
            return -1 if self._sign else 1
        return 0

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._is_special or not self._int:
            return False
        context = context or getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or not self._int:
            return False
        context = context or getcontext()
        return self.adjusted() < context.Emin

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        if self._is_special:
            digits = tuple(int(ch) for ch in self._diag) if self._exp != 'F' \
                else (0,)
            if self._exp != 'F' and not digits:
                digits = ()
            return DecimalTuple(self._sign, digits, self._exp)
        return DecimalTuple(self._sign, tuple(int(ch) for ch in str(self._int)),
                            self._exp)

    def canonical(self):
        return self

    def number_class(self, context=None):
        if self.is_snan():
            return "sNaN"
        if self.is_qnan():
            return "NaN"
        inf = self._isinfinity()
        if inf == 1:
            return "+Infinity"
        if inf == -1:
            return "-Infinity"
        if self.is_zero():
            return "-Zero" if self._sign else "+Zero"
        if self.is_subnormal(context):
            return "-Subnormal" if self._sign else "+Subnormal"
        return "-Normal" if self._sign else "+Normal"

    # -- rounding to a context --
    def _fix_nan(self, context):
        diag = self._diag
        maxlen = context.prec - context.clamp
        if len(diag) > maxlen:
            diag = diag[len(diag) - maxlen:].lstrip('0')
        return _new(self._sign, 0, self._exp, diag)

    def _overflow(self, context, sign):
        context._raise(Inexact)
        context._raise(Rounded)
        r = context.rounding
        if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
                (sign == 0 and r == ROUND_CEILING) or \
                (sign == 1 and r == ROUND_FLOOR):
            res = _new(sign, 0, 'F')
        else:
            res = _new(sign, 10 ** context.prec - 1, context.Etop())
        return context._raise(Overflow, res)

    def _fix(self, context):
        """Rounds to the context's precision and exponent limits."""
        if self._is_special:
            if self._exp in ('n', 'N'):
                return self._fix_nan(context)
            return self
        Etiny = context.Etiny()
        Etop = context.Etop()
        coeff = self._int
        sign = self._sign
        if not coeff:
            exp_max = Etop if context.clamp else context.Emax
            new_exp = min(max(self._exp, Etiny), exp_max)
            if new_exp != self._exp:
                context._raise(Clamped)
                return _new(sign, 0, new_exp)
            return self
        nd = _ndigits(coeff)
        exp_min = nd + self._exp - context.prec
        if exp_min > Etop:
            return self._overflow(context, sign)
        subnormal = exp_min < Etiny
        if subnormal:
            exp_min = Etiny
        if self._exp < exp_min:
            ndrop = exp_min - self._exp
            if ndrop > nd + 1:
                # Only the sticky digit matters.
                coeff = 1
                ndrop = 1
                base_exp = exp_min - 1
            else:
                base_exp = self._exp
            new, changed = _round_digits(sign, coeff, ndrop, context.rounding)
            new_exp = base_exp + ndrop
            if _ndigits(new) > context.prec:
                new //= 10
                new_exp += 1
            if new_exp > Etop:
                return self._overflow(context, sign)
            ans = _new(sign, new, new_exp)
            if changed and subnormal:
                context._raise(Underflow)
            if subnormal:
                context._raise(Subnormal)
            if changed:
                context._raise(Inexact)
            context._raise(Rounded)
            if not new:
                context._raise(Clamped)
            return ans
        if subnormal:
            context._raise(Subnormal)
        if context.clamp == 1 and self._exp > Etop:
            context._raise(Clamped)
            return _new(sign, coeff * 10 ** (self._exp - Etop), Etop)
        return self

    def _rescale(self, exp, rounding):
        """This number with exponent `exp` (rounding when it grows)."""
        if self._is_special:
            return self
        if not self._int:
            return _new(self._sign, 0, exp)
        if self._exp >= exp:
            return _new(self._sign, self._int * 10 ** (self._exp - exp), exp)
        ndrop = exp - self._exp
        coeff = self._int
        if ndrop > _ndigits(coeff) + 1:
            coeff, ndrop = 1, 1
        new, _ = _round_digits(self._sign, coeff, ndrop, rounding)
        return _new(self._sign, new, exp)

    def _round_to(self, places, rounding):
        """Rounded to `places` significant digits (exponent may grow)."""
        if self._is_special or not self._int:
            return self
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

    def _check_nans(self, other=None, context=None):
        """The NaN result of an operation on NaNs, or None."""
        a = self._isnan()
        b = other._isnan() if other is not None else 0
        if not (a or b):
            return None
        if context is None:
            context = getcontext()
        if a == 2:
            return context._raise(InvalidOperation, _new(self._sign, 0, 'n',
                                                         self._diag)._fix_nan(context))
        if b == 2:
            return context._raise(InvalidOperation, _new(other._sign, 0, 'n',
                                                         other._diag)._fix_nan(context))
        if a:
            return self._fix_nan(context)
        return other._fix_nan(context)

    def _invalid(self, context):
        return context._raise(InvalidOperation, _new(0, 0, 'n'))

    # -- arithmetic --
    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._isinfinity():
                if self._sign != other._sign and other._isinfinity():
                    return self._invalid(context)
                return _new(self._sign, 0, 'F')
            return _new(other._sign, 0, 'F')
        exp = min(self._exp, other._exp)
        negativezero = (context.rounding == ROUND_FLOOR and
                        self._sign != other._sign)
        if not self._int and not other._int:
            sign = min(self._sign, other._sign)
            if negativezero:
                sign = 1
            return _new(sign, 0, exp)._fix(context)
        if not self._int:
            exp = max(exp, other._exp - context.prec - 1)
            return other._rescale(exp, context.rounding)._fix(context)
        if not other._int:
            exp = max(exp, self._exp - context.prec - 1)
            return self._rescale(exp, context.rounding)._fix(context)
        a, b = self, other
        if a._exp < b._exp:
            a, b = b, a
        # a has the larger exponent; shrink b to a sticky digit when it
        # cannot affect the rounding.
        bc, be = b._int, b._exp
        limit = a._exp + min(-1, _ndigits(a._int) - context.prec - 2)
        if _ndigits(bc) + be - 1 < limit:
            bc, be = 1, limit
        ac = a._int * 10 ** (a._exp - be)
        va = -ac if a._sign else ac
        vb = -bc if b._sign else bc
        v = va + vb
        if v == 0:
            return _new(1 if negativezero else 0, 0, be)._fix(context)
        return _new(1 if v < 0 else 0, abs(v), be)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._isinfinity():
                if not other._is_special and not other._int:
                    return self._invalid(context)
                return _new(sign, 0, 'F')
            if not self._int:
                return self._invalid(context)
            return _new(sign, 0, 'F')
        return _new(sign, self._int * other._int,
                    self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._isinfinity() and other._isinfinity():
                return self._invalid(context)
            if self._isinfinity():
                return _new(sign, 0, 'F')
            context._raise(Clamped)
            return _new(sign, 0, context.Etiny())
        if not other._int:
            if not self._int:
                return context._raise(DivisionUndefined, _new(0, 0, 'n'))
            return context._raise(DivisionByZero, _new(sign, 0, 'F'))
        if not self._int:
            exp = self._exp - other._exp
            coeff = 0
        else:
            shift = _ndigits(other._int) - _ndigits(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            if shift >= 0:
                coeff, remainder = divmod(self._int * 10 ** shift, other._int)
            else:
                coeff, remainder = divmod(self._int, other._int * 10 ** -shift)
            if remainder:
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal_exp = self._exp - other._exp
                while exp < ideal_exp and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
        return _new(sign, coeff, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide(self, other, context):
        """(integer quotient, remainder) of finite numbers."""
        sign = self._sign ^ other._sign
        if other._isinfinity():
            ideal_exp = self._exp
        else:
            ideal_exp = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self._int or other._isinfinity() or expdiff <= -2:
            return (_new(sign, 0, 0), self._rescale(ideal_exp, context.rounding))
        if expdiff <= context.prec:
            a, b = self._int, other._int
            if self._exp >= other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return (_new(sign, q, 0), _new(self._sign, r, ideal_exp))
        ans = context._raise(DivisionImpossible, _new(0, 0, 'n'))
        return ans, ans

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans is not None:
            return (ans, ans)
        sign = self._sign ^ other._sign
        if self._isinfinity():
            if other._isinfinity():
                ans = self._invalid(context)
                return ans, ans
            return (_new(sign, 0, 'F'), self._invalid(context))
        if not other._int and not other._is_special:
            if not self._int:
                ans = context._raise(DivisionUndefined, _new(0, 0, 'n'))
                return ans, ans
            inf = _new(sign, 0, 'F')
            nan = _new(0, 0, 'n')
            context._raise_many([InvalidOperation, DivisionByZero])
            return inf, nan
        quotient, remainder = self._divide(other, context)
        return quotient, remainder._fix(context)

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans is not None:
            return ans
        if self._isinfinity():
            return self._invalid(context)
        if not other._is_special and not other._int:
            if self._int:
                return self._invalid(context)
            return context._raise(DivisionUndefined, _new(0, 0, 'n'))
        return self._divide(other, context)[1]._fix(context)

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans is not None:
            return ans
        sign = self._sign ^ other._sign
        if self._isinfinity():
            if other._isinfinity():
                return self._invalid(context)
            return _new(sign, 0, 'F')
        if not other._is_special and not other._int:
            if self._int:
                return context._raise(DivisionByZero, _new(sign, 0, 'F'))
            return context._raise(DivisionUndefined, _new(0, 0, 'n'))
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        ans = self._check_nans(other, context)
        if ans is not None:
            return ans
        if other._is_special or other._exp < 0 and \
                other._int % 10 ** (-other._exp):
            from _decimal_ops import power_nonintegral
            return power_nonintegral(self, other, context)
        n = other._int * 10 ** other._exp if other._exp >= 0 else \
            other._int // 10 ** (-other._exp)
        if other._sign:
            n = -n
        if self._is_special:
            if n == 0:
                return _new(0, 1, 0)
            sign = self._sign if n % 2 else 0
            if n < 0:
                return _new(sign, 0, 0)
            return _new(sign, 0, 'F')
        if not self._int:
            if n == 0:
                return self._invalid(context)
            sign = self._sign if n % 2 else 0
            if n < 0:
                return _new(sign, 0, 'F')
            return _new(sign, 0, 0)._fix(context)
        sign = self._sign if n % 2 else 0
        if n == 0:
            return _new(0, 1, 0)
        # As libmpdec does: left-to-right binary powering at a working
        # precision, then one final rounding to the context.
        work = _c.Context(prec=context.prec + _ndigits(other._int) +
                          other._exp + 2, rounding=ROUND_HALF_EVEN,
                          Emin=context.Emin, Emax=context.Emax, clamp=0,
                          traps=[], flags=[])
        base = self.copy_abs()
        if n < 0:
            work.prec += 1
            base = _new(0, 1, 0).__truediv__(base, context=work)
        m = abs(n)
        result = base
        for i in range(m.bit_length() - 2, -1, -1):
            result = result.__mul__(result, context=work)
            if (m >> i) & 1:
                result = result.__mul__(base, context=work)
            if result._is_special or (not result._int and
                                      work.flags[Clamped]):
                break
        conds = [c for c in (Clamped, Inexact, Overflow, Rounded, Subnormal,
                                Underflow)
                 if work.flags[c]]
        if conds:
            context._raise_many(conds)
        result = _new(sign, result._int, result._exp)
        return result._fix(context)

    def _power_modulo(self, other, modulo, context):
        modulo = _convert_strict(modulo, context)
        if (self._is_special or other._is_special or modulo._is_special or
                self._exp or other._exp or modulo._exp or other._sign or
                not modulo._int):
            return self._invalid(context)
        r = pow(self._int, other._int, modulo._int)
        return _new(self._sign if other._int % 2 else 0, r, 0)._fix(context)

    def __rpow__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
        if not self._is_special and not self._int and \
                context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = self.copy_negate()
        return ans._fix(context)

    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
        if not self._is_special and not self._int and \
                context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = _new(self._sign, self._int, self._exp, self._diag)
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._diag)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._diag)

    def copy_sign(self, other, context=None):
        other = _convert_strict(other)
        return _new(other._sign, self._int, self._exp, self._diag)

    def fma(self, other, third, context=None):
        other = _convert_strict(other)
        third = _convert_strict(third)
        big = _c.Context(prec=_c.MAX_PREC, Emax=_c.MAX_EMAX, Emin=_c.MIN_EMIN,
                         traps=[])
        product = self.__mul__(other, context=big)
        return product.__add__(third, context=context)

    def sqrt(self, context=None):
        """The square root, correctly rounded (ROUND_HALF_EVEN)."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            if self._isinfinity() and self._sign == 0:
                return _new(0, 0, 'F')
        if not self._is_special and not self._int:
            return _new(self._sign, 0, self._exp // 2)._fix(context)
        if self._sign == 1:
            return self._invalid(context)
        prec = context.prec + 1
        e = self._exp >> 1
        digits = _ndigits(self._int)
        if self._exp & 1:
            c = self._int * 10
            length = (digits >> 1) + 1
        else:
            c = self._int
            length = (digits + 1) >> 1
        shift = prec - length
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = _isqrt(c)
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        elif n % 5 == 0:
            n += 1
        ctx = context._shallow_copy()
        ctx.rounding = ROUND_HALF_EVEN
        ans = _new(0, n, e)._fix(ctx)
        for s in _c._SIGNALS:
            if ctx.flags[s]:
                context._raise(s)
        return ans

    def exp(self, context=None):
        """e ** self, correctly rounded."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            return _new(0, 0, 0) if self._sign else _new(0, 0, 'F')
        from _decimal_log import exp
        return exp(self, context)

    def _log_prep(self, context):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            if self._sign:
                return self._invalid(context)
            return _new(0, 0, 'F')
        if not self._int:
            return _new(1, 0, 'F')
        if self._sign:
            return self._invalid(context)
        return None

    def ln(self, context=None):
        """Natural logarithm, correctly rounded."""
        if context is None:
            context = getcontext()
        ans = self._log_prep(context)
        if ans is not None:
            return ans
        from _decimal_log import ln
        return ln(self, context)

    def log10(self, context=None):
        """Base-10 logarithm, correctly rounded."""
        if context is None:
            context = getcontext()
        ans = self._log_prep(context)
        if ans is not None:
            return ans
        from _decimal_log import log10
        return log10(self, context)

    # -- exponent and rounding operations --
    def quantize(self, exp, rounding=None, context=None):
        """This number rounded to the exponent of `exp`."""
        exp = _convert_strict(exp, context)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, context)
            if ans is not None:
                return ans
            if exp._isinfinity() and self._isinfinity():
                return self
            return self._invalid(context)
        if not (context.Etiny() <= exp._exp <= context.Emax):
            return self._invalid(context)
        if not self._int:
            return _new(self._sign, 0, exp._exp)._fix(context)
        if self.adjusted() > context.Emax:
            return self._invalid(context)
        if self.adjusted() - exp._exp + 1 > context.prec:
            return self._invalid(context)
        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax:
            return self._invalid(context)
        if _ndigits(ans._int) > context.prec:
            return self._invalid(context)
        if ans._int and ans.adjusted() < context.Emin:
            context._raise(Subnormal)
        if ans._exp > self._exp:
            if ans != self:
                context._raise(Inexact)
            context._raise(Rounded)
        return ans._fix(context)

    def same_quantum(self, other, context=None):
        other = _convert_strict(other)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or \
                (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        """Rounded to an integer (no Inexact/Rounded signals)."""
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            return self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """to_integral_value that signals Inexact and Rounded."""
        if context is None:
            context = getcontext()
        ans = self.to_integral_value(rounding, context)
        if not self._is_special and self._exp < 0:
            if ans != self:
                context._raise(Inexact)
            context._raise(Rounded)
        return ans

    def normalize(self, context=None):
        """Rounded to the context, trailing zeros removed."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
        dup = self._fix(context)
        if dup._is_special:
            return dup
        if not dup._int:
            return _new(dup._sign, 0, 0)
        exp_max = context.Emax if not context.clamp else context.Etop()
        coeff, exp = dup._int, dup._exp
        while coeff % 10 == 0 and exp < exp_max:
            coeff //= 10
            exp += 1
        return _new(dup._sign, coeff, exp)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(_new(0, 1, -n))
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __floor__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_CEILING))

    # -- conversions --
    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self.is_nan():
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __bool__(self):
        return self._is_special or self._int != 0

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if not self._int:
            return 0, 1
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
            from math import gcd
            g = gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    # -- comparisons --
    def _cmp(self, other):
        """-1, 0, 1 for finite or infinite numbers (no NaNs)."""
        if self._is_special or other._is_special:
            a, b = self._isinfinity(), other._isinfinity()
            if a == b:
                return 0
            return -1 if a < b else 1
        if not self._int:
            if not other._int:
                return 0
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        s = -1 if self._sign else 1
        a, b = self.adjusted(), other.adjusted()
        if a != b:
            return s if a > b else -s
        e = min(self._exp, other._exp)
        x = self._int * 10 ** (self._exp - e)
        y = other._int * 10 ** (other._exp - e)
        if x == y:
            return 0
        return s if x > y else -s

    def _compare_other(self, other, equality):
        if isinstance(other, float):
            context = getcontext()
            if not equality:
                context._raise(FloatOperation)
            else:
                context.flags._record(FloatOperation)
                if context.traps[FloatOperation]:
                    raise FloatOperation([FloatOperation])
            return Decimal.from_float(other)
        if isinstance(other, (Decimal, int)):
            return _convert(other)
        try:
            from fractions import Fraction
        except ImportError:
            Fraction = None
        if Fraction is not None and isinstance(other, Fraction):
            return ('frac', other)
        return NotImplemented

    def _frac_cmp(self, frac):
        if self._is_special:
            return self._isinfinity()
        n, d = self.as_integer_ratio()
        a = n * frac.denominator
        b = frac.numerator * d
        return (a > b) - (a < b)

    def __eq__(self, other):
        o = self._compare_other(other, True)
        if o is NotImplemented:
            return o
        if isinstance(o, tuple):
            return not self.is_nan() and self._frac_cmp(o[1]) == 0
        if self.is_nan() or o.is_nan():
            return False
        return self._cmp(o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other):
        o = self._compare_other(other, False)
        if o is NotImplemented:
            return o
        if isinstance(o, tuple):
            if self.is_nan():
                getcontext()._raise(InvalidOperation)
                return None
            return self._frac_cmp(o[1])
        if self.is_nan() or o.is_nan():
            getcontext()._raise(InvalidOperation)
            return None
        return self._cmp(o)

    def __lt__(self, other):
        c = self._order(other)
        return c if c is NotImplemented else (c is not None and c < 0)

    def __le__(self, other):
        c = self._order(other)
        return c if c is NotImplemented else (c is not None and c <= 0)

    def __gt__(self, other):
        c = self._order(other)
        return c if c is NotImplemented else (c is not None and c > 0)

    def __ge__(self, other):
        c = self._order(other)
        return c if c is NotImplemented else (c is not None and c >= 0)

    def compare(self, other, context=None):
        """Decimal -1, 0 or 1 (NaN for NaN operands)."""
        other = _convert_strict(other, context)
        if self.is_nan() or other.is_nan():
            return self._check_nans(other, context)
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        other = _convert_strict(other, context)
        if self.is_nan() or other.is_nan():
            return self._invalid(context or getcontext())
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _convert_strict(other, context)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_qnan() and not other.is_nan():
                return other._fix(context)
            if other.is_qnan() and not self.is_nan():
                return self._fix(context)
            return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = (self._sign == 0) - (other._sign == 0)
            if not c and not self._is_special:
                c = (self._exp > other._exp) - (self._exp < other._exp)
                if self._sign:
                    c = -c
        ans = other if c < 0 else self
        return ans._fix(context)

    def min(self, other, context=None):
        other = _convert_strict(other, context)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_qnan() and not other.is_nan():
                return other._fix(context)
            if other.is_qnan() and not self.is_nan():
                return self._fix(context)
            return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = (self._sign == 0) - (other._sign == 0)
            if not c and not self._is_special:
                c = (self._exp > other._exp) - (self._exp < other._exp)
                if self._sign:
                    c = -c
        ans = self if c < 0 else other
        return ans._fix(context)

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value')
            if self.is_nan():
                return 0
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._int * exp_hash % _HASH_MODULUS
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    # -- strings --
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            if self._exp == 'n':
                return sign + 'NaN' + self._diag
            return sign + 'sNaN' + self._diag
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif not self._int:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ['e', 'E'][context.capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_sci_string(self, context=None):
        return self.__str__(False, context)

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, specifier, context=None):
        from _decimal_fmt import format_decimal
        return format_decimal(self, specifier, context or getcontext())

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_new.__module__ = 'decimal'
