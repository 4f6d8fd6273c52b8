"""decimal's signals, rounding constants and Context (see decimal.py)."""

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True


class DecimalException(ArithmeticError):
    """Base of the decimal signals."""
    __module__ = 'decimal'



class Clamped(DecimalException):
    """The exponent was changed to fit the representation."""
    __module__ = 'decimal'



class InvalidOperation(DecimalException):
    """An invalid operation was performed."""
    __module__ = 'decimal'



class ConversionSyntax(InvalidOperation):
    """A string could not be converted."""
    __module__ = 'decimal'



class DivisionByZero(DecimalException, ZeroDivisionError):
    """A non-zero number was divided by zero."""
    __module__ = 'decimal'



class DivisionImpossible(InvalidOperation):
    """An integer division result does not fit the precision."""
    __module__ = 'decimal'



class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""
    __module__ = 'decimal'



class Inexact(DecimalException):
    """The result was rounded and digits were lost."""
    __module__ = 'decimal'



class InvalidContext(InvalidOperation):
    """The context is invalid."""
    __module__ = 'decimal'



class Rounded(DecimalException):
    """The result was rounded (possibly without loss)."""
    __module__ = 'decimal'



class Subnormal(DecimalException):
    """The exponent of the result is below Emin."""
    __module__ = 'decimal'



class Overflow(Inexact, Rounded):
    """The exponent of the result is above Emax."""
    __module__ = 'decimal'



class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded."""
    __module__ = 'decimal'



class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals."""
    __module__ = 'decimal'



# The nine signals, in the order the C implementation lists them.
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact,
            FloatOperation, Overflow, Rounded, Subnormal, Underflow]
# The order in which the C implementation picks the exception to raise.
_TRAP_ORDER = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
               Underflow, Subnormal, Inexact, Rounded, Clamped]
# Conditions and the signal whose flag they set.
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation,
                     DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation,
                     InvalidContext: InvalidOperation}


# libmpdec's condition bits in order, each with the signal it sets; the
# repr of flags and traps lists the signals in this order (first bit wins).
_BIT_ORDER = ['Clamped', 'ConversionSyntax', 'DivisionByZero',
              'DivisionImpossible', 'DivisionUndefined', 'Inexact',
              'InvalidContext', 'InvalidOperation', 'FloatOperation',
              'Overflow', 'Rounded', 'Subnormal', 'Underflow']


class _SignalDict(dict):
    """flags/traps: a dict of the nine signals to bools, remembering
    which conditions set them (for the C implementation's repr order)."""

    def __init__(self, on=()):
        dict.__init__(self)
        self._bits = set()
        for s in _SIGNALS:
            dict.__setitem__(self, s, False)
        for s in on:
            self[s] = True

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError("invalid signal dict")
        value = bool(value)
        dict.__setitem__(self, key, value)
        if value:
            self._bits.add('ConversionSyntax' if key is InvalidOperation
                           else key.__name__)
        else:
            for cond in list(self._bits):
                if _signal_of_name(cond) is key:
                    self._bits.discard(cond)

    def _record(self, condition):
        signal = _CONDITION_SIGNAL.get(condition, condition)
        dict.__setitem__(self, signal, True)
        self._bits.add(condition.__name__)

    def _clear(self):
        for s in _SIGNALS:
            dict.__setitem__(self, s, False)
        self._bits = set()

    def _names(self):
        names = []
        for cond in _BIT_ORDER:
            if cond in self._bits:
                name = _signal_of_name(cond).__name__
                if name not in names:
                    names.append(name)
        return '[' + ', '.join(names) + ']'

    def copy(self):
        d = _SignalDict()
        for s in _SIGNALS:
            dict.__setitem__(d, s, self[s])
        d._bits = set(self._bits)
        return d


def _signal_of_name(cond):
    c = globals()[cond]
    return _CONDITION_SIGNAL.get(c, c)


def _signal_list(value, what):
    if isinstance(value, dict):
        out = []
        for k, v in value.items():
            if k not in _SIGNALS:
                raise KeyError("invalid signal dict")
            if v:
                out.append(k)
        return out
    out = list(value)
    for s in out:
        if s not in _SIGNALS:
            raise KeyError("invalid signal dict")
    return out


class Context(object):
    """Precision, rounding and exponent limits of decimal arithmetic,
    with the flags raised so far and the signals that trap."""
    __module__ = 'decimal'


    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default' in globals() else None
        object.__setattr__(self, '_prec', 28)
        object.__setattr__(self, '_rounding', ROUND_HALF_EVEN)
        object.__setattr__(self, '_Emin', -999999)
        object.__setattr__(self, '_Emax', 999999)
        object.__setattr__(self, '_capitals', 1)
        object.__setattr__(self, '_clamp', 0)
        if dc is not None:
            object.__setattr__(self, '_prec', dc.prec)
            object.__setattr__(self, '_rounding', dc.rounding)
            object.__setattr__(self, '_Emin', dc.Emin)
            object.__setattr__(self, '_Emax', dc.Emax)
            object.__setattr__(self, '_capitals', dc.capitals)
            object.__setattr__(self, '_clamp', dc.clamp)
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is None:
            base = dc.traps if dc is not None else None
            on = [s for s in _SIGNALS if base[s]] if base is not None else \
                [InvalidOperation, DivisionByZero, Overflow]
            object.__setattr__(self, 'traps', _SignalDict(on))
        else:
            object.__setattr__(self, 'traps',
                               _SignalDict(_signal_list(traps, 'traps')))
        if flags is None:
            object.__setattr__(self, 'flags', _SignalDict())
        else:
            object.__setattr__(self, 'flags',
                               _SignalDict(_signal_list(flags, 'flags')))

    def _int_attr(self, value, lo, hi, what):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if not lo <= value <= hi:
            if what in ('capitals', 'clamp'):
                raise ValueError("valid values for %s are 0 or 1" % what)
            bounds = {'prec': '[1, MAX_PREC]', 'Emin': '[MIN_EMIN, 0]',
                      'Emax': '[0, MAX_EMAX]'}[what]
            raise ValueError("valid range for %s is %s" % (what, bounds))
        return value

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        object.__setattr__(self, '_prec',
                           self._int_attr(value, 1, MAX_PREC, 'prec'))

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        object.__setattr__(self, '_Emin',
                           self._int_attr(value, MIN_EMIN, 0, 'Emin'))

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        object.__setattr__(self, '_Emax',
                           self._int_attr(value, 0, MAX_EMAX, 'Emax'))

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        object.__setattr__(self, '_capitals',
                           self._int_attr(value, 0, 1, 'capitals'))

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        object.__setattr__(self, '_clamp', self._int_attr(value, 0, 1, 'clamp'))

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n"
                            "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, "
                            "ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                            "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, '_rounding', value)

    def __setattr__(self, name, value):
        if name in ('flags', 'traps'):
            object.__setattr__(self, name,
                               _SignalDict(_signal_list(value, name)))
            return
        if name not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals',
                        'clamp'):
            raise AttributeError("'decimal.Context' object has no attribute "
                                 "'%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def Etiny(self):
        """Emin - prec + 1: the smallest exponent of a subnormal."""
        return self._Emin - self._prec + 1

    def Etop(self):
        """Emax - prec + 1."""
        return self._Emax - self._prec + 1

    def clear_flags(self):
        self.flags._clear()

    def clear_traps(self):
        self.traps._clear()

    def copy(self):
        return Context(self._prec, self._rounding, self._Emin, self._Emax,
                       self._capitals, self._clamp, self.flags.copy(),
                       self.traps.copy())

    __copy__ = copy

    def _shallow_copy(self):
        c = self.copy()
        c.clear_flags()
        return c

    def _raise(self, condition, default=None):
        """Records `condition`; raises it when its signal traps, else
        returns `default`."""
        signal = _CONDITION_SIGNAL.get(condition, condition)
        self.flags._record(condition)
        if self.traps[signal]:
            raise signal([condition])
        return default

    def _raise_many(self, conditions):
        """Records several conditions of one operation; raises the first
        trapped signal (in the C implementation's order) with the list of
        the trapped conditions."""
        trapped = []
        for condition in conditions:
            signal = _CONDITION_SIGNAL.get(condition, condition)
            self.flags._record(condition)
            if self.traps[signal]:
                trapped.append(condition)
        if trapped:
            signals = [_CONDITION_SIGNAL.get(c, c) for c in trapped]
            first = min(signals, key=_TRAP_ORDER.index)
            raise first(trapped)

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, "
                "capitals=%d, clamp=%d, flags=%s, traps=%s)" %
                (self._prec, self._rounding, self._Emin, self._Emax,
                 self._capitals, self._clamp, self.flags._names(),
                 self.traps._names()))

    def create_decimal(self, num='0'):
        """A Decimal from `num`, rounded to this context."""
        from _decimal_num import Decimal
        d = Decimal(num, self)
        if d._is_special and d._exp in ('n', 'N') and \
                len(d._diag) > self._prec - self._clamp:
            return self._raise(ConversionSyntax, Decimal('NaN'))
        return d._fix(self)

    def create_decimal_from_float(self, f):
        from _decimal_num import Decimal
        return Decimal.from_float(f)._fix(self)

    def _apply(self, name, *args):
        from _decimal_num import _convert_strict
        a = _convert_strict(args[0], self)
        return getattr(a, name)(*args[1:], context=self)

    def abs(self, a):
        return self._apply('__abs__', a)

    def add(self, a, b):
        return self._apply('__add__', a, b)

    def subtract(self, a, b):
        return self._apply('__sub__', a, b)

    def multiply(self, a, b):
        return self._apply('__mul__', a, b)

    def divide(self, a, b):
        return self._apply('__truediv__', a, b)

    def divide_int(self, a, b):
        return self._apply('__floordiv__', a, b)

    def remainder(self, a, b):
        return self._apply('__mod__', a, b)

    def divmod(self, a, b):
        return self._apply('__divmod__', a, b)

    def power(self, a, b, modulo=None):
        return self._apply('__pow__', a, b, modulo)

    def sqrt(self, a):
        return self._apply('sqrt', a)

    def quantize(self, a, b):
        return self._apply('quantize', a, b)

    def compare(self, a, b):
        return self._apply('compare', a, b)

    def max(self, a, b):
        return self._apply('max', a, b)

    def min(self, a, b):
        return self._apply('min', a, b)

    def minus(self, a):
        return self._apply('__neg__', a)

    def plus(self, a):
        return self._apply('__pos__', a)

    def normalize(self, a):
        return self._apply('normalize', a)

    def to_integral_value(self, a):
        return self._apply('to_integral_value', a)

    def to_integral_exact(self, a):
        return self._apply('to_integral_exact', a)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return self._apply('to_sci_string', a)

    def to_eng_string(self, a):
        return self._apply('to_eng_string', a)

    def fma(self, a, b, c):
        return self._apply('fma', a, b, c)

    def is_zero(self, a):
        return self._apply('is_zero', a)

    def is_signed(self, a):
        return self._apply('is_signed', a)

    def copy_abs(self, a):
        return self._apply('copy_abs', a)

    def copy_negate(self, a):
        return self._apply('copy_negate', a)


def _make_default():
    return Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                   Emax=999999, capitals=1, clamp=0, flags=[],
                   traps=[DivisionByZero, Overflow, InvalidOperation])


DefaultContext = _make_default()
_default = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[],
                          flags=[])

_current = [None]


def getcontext():
    """The current context (a copy of DefaultContext at first)."""
    c = _current[0]
    if c is None:
        c = _current[0] = DefaultContext.copy()
    return c


def setcontext(context):
    """Makes `context` current (a copy, for the three predefined ones)."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None):
    """A context manager making a copy of `ctx` (default the current
    context) current inside the with block."""
    if ctx is None:
        ctx = getcontext()
    return _ContextManager(ctx)
