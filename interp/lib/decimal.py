"""Decimal fixed and floating point arithmetic (Python 3.4's decimal API,
with the messages of its C implementation).

Written in Python: a Decimal is (sign, coefficient int, exponent) or a
special value. Supported: construction from str/int/float/tuple, the
contexts (precision, the eight rounding modes, Emin/Emax, clamp, flags and
traps), + - * / // % divmod, integral powers, sqrt, quantize, rounding,
comparisons, hashing, str/repr/format, the predicates and correctly rounded
exp, ln and log10; logb, scaleb, non-integral powers, next_*,
remainder_near, the total order, the logical_* and rotate/shift operations
(in _decimal_ops).
"""

import sys as _sys
from _decimal_ctx import (
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
    ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, MAX_PREC, MAX_EMAX, MIN_EMIN,
    MIN_ETINY, DecimalException, Clamped, InvalidOperation, ConversionSyntax,
    DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
    InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation,
    Context, DefaultContext, BasicContext, ExtendedContext, getcontext,
    setcontext, localcontext, HAVE_THREADS)
import _decimal_ctx
from _decimal_num import Decimal, DecimalTuple
import _decimal_ops
_decimal_ops.install()

__version__ = '1.70'
__libmpdec_version__ = '2.4.0'

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS']

for _c in (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
           DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
           InvalidContext, Rounded, Subnormal, Overflow, Underflow,
           FloatOperation, Context, Decimal):
    _c.__module__ = 'decimal'
del _c
