"""Functions creating iterators for efficient looping (Kaa's Python 3.4 ``itertools``).

Every iterator is a class named as in CPython (so reprs read
``<itertools.chain object at 0x...>``).  Most of them keep their state in a
private generator: ``iter(obj)`` hands that generator to ``for`` loops
directly, which is the fast path, and ``next(obj)`` advances the same
generator, so mixing the two stays consistent.
"""

import sys

try:
    # Kaa's native combinatoric iterators (same algorithms, same order)
    import _kaa_itertools as _native
except ImportError:
    _native = None

# The native iterators keep their state natively: any pool size is fine.
_NATIVE_MAX = sys.maxsize

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'permutations', 'product', 'repeat', 'starmap', 'takewhile',
           'tee', 'zip_longest']

_NULL = object()


def _check_keywords(kwargs, allowed):
    for name in kwargs:
        if name not in allowed:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError('%s() does not take keyword arguments' % name)


class _GeneratorIterator(object):
    """Base of the iterators whose state lives in the generator self._gen."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)


# --- infinite iterators -----------------------------------------------------

def _is_number(value):
    try:
        value + 0
    except TypeError:
        return False
    return not isinstance(value, (str, bytes, bytearray))


class count(object):
    """count(start=0, step=1) --> count object

    Return a count object whose .__next__() method returns consecutive values.
    """
    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (type(self).__name__, self._value)
        return '%s(%r, %r)' % (type(self).__name__, self._value, step)

    def __reduce__(self):
        return (type(self), (self._value, self._step))


def _cycle_gen(it):
    saved = []
    append = saved.append
    for element in it:
        yield element
        append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class cycle(_GeneratorIterator):
    """cycle(iterable) --> cycle object

    Return elements from the iterable until it is exhausted.
    Then repeat the sequence indefinitely.
    """
    __slots__ = ()

    def __init__(self, iterable, **kwargs):
        _no_keywords('cycle', kwargs)
        self._gen = _cycle_gen(iter(iterable))


class repeat(object):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly.
    """
    __slots__ = ('_object', '_times')

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times > 0:
            self._times = times - 1
            return self._object
        raise StopIteration

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return '%s(%r)' % (type(self).__name__, self._object)
        return '%s(%r, %d)' % (type(self).__name__, self._object, self._times)

    def __reduce__(self):
        if self._times is None:
            return (type(self), (self._object,))
        return (type(self), (self._object, self._times))


# --- iterators terminating on the shortest input -----------------------------

def _accumulate_gen(it, func):
    for total in it:
        break
    else:
        return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class accumulate(_GeneratorIterator):
    """accumulate(iterable[, func]) --> accumulate object

    Return series of accumulated sums (or other binary function results).
    """
    __slots__ = ()

    def __init__(self, iterable, func=None, **kwargs):
        _check_keywords(kwargs, ())
        self._gen = _accumulate_gen(iter(iterable), func)


def _chain_gen(iterables):
    for iterable in iterables:
        for element in iterable:
            yield element


class chain(_GeneratorIterator):
    """chain(*iterables) --> chain object

    Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted.
    """
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        _no_keywords('chain', kwargs)
        self._gen = _chain_gen(iterables)

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable) --> chain object

        Alternate chain() constructor taking a single iterable argument
        that evaluates lazily.
        """
        self = cls.__new__(cls)
        self._gen = _chain_gen(iter(iterable))
        return self


def _compress_gen(data, selectors):
    for element, selector in zip(data, selectors):
        if selector:
            yield element


class compress(_GeneratorIterator):
    """compress(data, selectors) --> iterator over selected data

    Return data elements corresponding to true selector elements.
    """
    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = _compress_gen(iter(data), iter(selectors))


def _dropwhile_gen(predicate, it):
    for element in it:
        if not predicate(element):
            yield element
            break
    for element in it:
        yield element


class dropwhile(_GeneratorIterator):
    """dropwhile(predicate, iterable) --> dropwhile object

    Drop items from the iterable while predicate(item) is true.
    Afterwards, return every element until the iterable is exhausted.
    """
    __slots__ = ()

    def __init__(self, predicate, iterable, **kwargs):
        _no_keywords('dropwhile', kwargs)
        self._gen = _dropwhile_gen(predicate, iter(iterable))


def _takewhile_gen(predicate, it):
    for element in it:
        if predicate(element):
            yield element
        else:
            return


class takewhile(_GeneratorIterator):
    """takewhile(predicate, iterable) --> takewhile object

    Return successive entries from an iterable as long as the
    predicate evaluates to true for each entry.
    """
    __slots__ = ()

    def __init__(self, predicate, iterable, **kwargs):
        _no_keywords('takewhile', kwargs)
        self._gen = _takewhile_gen(predicate, iter(iterable))


def _filterfalse_gen(predicate, it):
    if predicate is None:
        for element in it:
            if not element:
                yield element
    else:
        for element in it:
            if not predicate(element):
                yield element


class filterfalse(_GeneratorIterator):
    """filterfalse(function or None, sequence) --> filterfalse object

    Return those items of sequence for which function(item) is false.
    If function is None, return the items that are false.
    """
    __slots__ = ()

    def __init__(self, function, iterable, **kwargs):
        _no_keywords('filterfalse', kwargs)
        self._gen = _filterfalse_gen(function, iter(iterable))


def _starmap_gen(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


class starmap(_GeneratorIterator):
    """starmap(function, sequence) --> starmap object

    Return an iterator whose values are returned from the function evaluated
    with an argument tuple taken from the given sequence.
    """
    __slots__ = ()

    def __init__(self, function, iterable, **kwargs):
        _no_keywords('starmap', kwargs)
        self._gen = _starmap_gen(function, iter(iterable))


def _groupby_gen(self):
    it = self._it
    keyfunc = self._keyfunc
    while True:
        current = self._currkey
        if current is not _NULL:
            target = self._tgtkey
            if target is _NULL or not (target is current or target == current):
                self._tgtkey = current
                yield (current, _grouper(self, current))
                continue
        try:
            value = next(it)
        except StopIteration:
            return
        self._currkey = value if keyfunc is None else keyfunc(value)
        self._currvalue = value


class groupby(object):
    """groupby(iterable[, keyfunc]) -> create an iterator which returns
    (key, sub-iterator) grouped by each value of key(value).
    """
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_gen')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._gen = _groupby_gen(self)

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)


def _grouper_gen(parent, target):
    it = parent._it
    keyfunc = parent._keyfunc
    while True:
        if parent._currvalue is _NULL:
            try:
                value = next(it)
            except StopIteration:
                return
            parent._currkey = value if keyfunc is None else keyfunc(value)
            parent._currvalue = value
        key = parent._currkey
        if not (target is key or target == key):
            return
        value = parent._currvalue
        parent._currvalue = _NULL
        parent._currkey = _NULL
        yield value


class _grouper(object):
    __slots__ = ('_gen',)

    def __init__(self, parent, tgtkey):
        self._gen = _grouper_gen(parent, tgtkey)

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)


_ISLICE_STOP = ('Stop argument for islice() must be None or an integer: '
                '0 <= x <= sys.maxsize.')
_ISLICE_INDEX = ('Indices for islice() must be None or an integer: '
                 '0 <= x <= sys.maxsize.')


def _islice_gen(it, start, stop, step):
    # Mirrors CPython: items before the next wanted index are skipped only
    # when the following item is requested, and nothing past stop is read.
    taken = 0
    wanted = start
    if step == 1:
        while taken < wanted:
            for _ in it:
                break
            else:
                return
            taken += 1
        if stop is None:
            for element in it:
                yield element
            return
        remaining = stop - taken
        if remaining <= 0:
            return
        for element in it:
            yield element
            remaining -= 1
            if remaining <= 0:
                return
        return
    while True:
        while taken < wanted:
            for _ in it:
                break
            else:
                return
            taken += 1
        if stop is not None and taken >= stop:
            return
        for element in it:
            break
        else:
            return
        taken += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield element


def _as_ssize(value, clip):
    """PyNumber_AsSsize_t: the __index__ value, clipped or None on failure."""
    method = getattr(type(value), '__index__', None)
    if method is None:
        return None
    value = method(value)
    if value > sys.maxsize:
        return sys.maxsize if clip else None
    if value < -sys.maxsize - 1:
        return -sys.maxsize - 1 if clip else None
    return value


class islice(_GeneratorIterator):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.
    """
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_keywords('islice', kwargs)
        count_args = len(args)
        if count_args < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % count_args)
        if count_args > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % count_args)
        iterable = args[0]
        start = 0
        step = 1
        stop_arg = args[1] if count_args == 2 else args[2]
        stop = None
        if stop_arg is not None:
            stop = _as_ssize(stop_arg, False)
            if stop is None or stop == -1:
                raise ValueError(_ISLICE_STOP)
        if count_args > 2:
            if args[1] is not None:
                start = _as_ssize(args[1], False)
                if start is None:
                    start = -1
            if count_args == 4 and args[3] is not None:
                step = _as_ssize(args[3], False)
                if step is None:
                    step = -1
        if start < 0 or (stop is not None and stop < -1):
            raise ValueError(_ISLICE_INDEX)
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._gen = _islice_gen(iter(iterable), start, stop, step)


def _zip_longest_gen(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    nexts = [it.__next__ for it in iterators]
    width = len(nexts)
    while True:
        values = []
        for position in range(width):
            step = nexts[position]
            if step is None:
                values.append(fillvalue)
                continue
            try:
                values.append(step())
            except StopIteration:
                active -= 1
                if not active:
                    return
                nexts[position] = None
                values.append(fillvalue)
        yield tuple(values)


class zip_longest(_GeneratorIterator):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

    Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument, with missing
    values filled in by fillvalue.
    """
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        for name in kwargs:
            if name != 'fillvalue':
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs[name]
        self._gen = _zip_longest_gen([iter(it) for it in iterables], fillvalue)


# --- combinatoric iterators -------------------------------------------------

def _product_gen(pools):
    for pool in pools:
        if not pool:
            return
    if not pools:
        yield ()
        return
    last = pools[-1]
    if len(pools) == 1:
        for element in last:
            yield (element,)
        return
    head = pools[:-1]
    width = len(head)
    indices = [0] * width
    prefix = [pool[0] for pool in head]
    while True:
        base = tuple(prefix)
        for element in last:
            yield base + (element,)
        position = width - 1
        while position >= 0:
            pool = head[position]
            index = indices[position] + 1
            if index < len(pool):
                indices[position] = index
                prefix[position] = pool[index]
                break
            indices[position] = 0
            prefix[position] = pool[0]
            position -= 1
        else:
            return


class product(_GeneratorIterator):
    """product(*iterables, repeat=1) --> product object

    Cartesian product of input iterables.  Equivalent to nested for-loops.
    """
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        for name in kwargs:
            if name != 'repeat':
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
            repeat = kwargs[name]
            if not isinstance(repeat, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(repeat).__name__)
        pools = [tuple(pool) for pool in iterables]
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = pools * repeat
        if _native is not None and len(pools) <= _NATIVE_MAX:
            self._gen = _native.product(tuple(pools))
        else:
            self._gen = _product_gen(pools)


def _check_r(r):
    if not isinstance(r, int):
        if isinstance(r, float):
            raise TypeError('integer argument expected, got float')
        raise TypeError('an integer is required (got type %s)' % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')


def _permutations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[:r])
    if n == 0:
        return
    while True:
        position = r - 1
        while position >= 0:
            cycles[position] -= 1
            if cycles[position] == 0:
                moved = indices[position]
                del indices[position]
                indices.append(moved)
                cycles[position] = n - position
                position -= 1
            else:
                j = cycles[position]
                indices[position], indices[-j] = indices[-j], indices[position]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


class permutations(_GeneratorIterator):
    """permutations(iterable[, r]) --> permutations object

    Return successive r-length permutations of elements in the iterable.
    """
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        else:
            _check_r(r)
        if _native is not None and len(pool) <= _NATIVE_MAX:
            self._gen = _native.permutations(pool, r)
        else:
            self._gen = _permutations_gen(pool, r)


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[:r])
    while True:
        position = r - 1
        while position >= 0 and indices[position] == position + n - r:
            position -= 1
        if position < 0:
            return
        indices[position] += 1
        for j in range(position + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


class combinations(_GeneratorIterator):
    """combinations(iterable, r) --> combinations object

    Return successive r-length combinations of elements in the iterable.
    """
    __slots__ = ()

    def __init__(self, iterable, r=_NULL):
        if r is _NULL:
            raise TypeError("Required argument 'r' (pos 2) not found")
        pool = tuple(iterable)
        _check_r(r)
        if _native is not None and r <= _NATIVE_MAX:
            self._gen = _native.combinations(pool, r)
        else:
            self._gen = _combinations_gen(pool, r)


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        position = r - 1
        while position >= 0 and indices[position] == n - 1:
            position -= 1
        if position < 0:
            return
        value = indices[position] + 1
        for j in range(position, r):
            indices[j] = value
        yield tuple([pool[i] for i in indices])


class combinations_with_replacement(_GeneratorIterator):
    """combinations_with_replacement(iterable, r) --> combinations_with_replacement object

    Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats.
    """
    __slots__ = ()

    def __init__(self, iterable, r=_NULL):
        if r is _NULL:
            raise TypeError("Required argument 'r' (pos 2) not found")
        pool = tuple(iterable)
        _check_r(r)
        if _native is not None and r <= _NATIVE_MAX:
            self._gen = _native.combinations_with_replacement(pool, r)
        else:
            self._gen = _cwr_gen(pool, r)


# --- tee --------------------------------------------------------------------

class _tee(object):
    """Iterator wrapped to make it copyable"""
    __slots__ = ('_it', '_link', '__weakref__')

    # A link is [value, next link or None]; every _tee of a group holds the
    # link just before its next value, so values are kept only as long as a
    # lagging iterator needs them.
    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._it = iterable._it
            self._link = iterable._link
        else:
            self._it = iter(iterable)
            self._link = [None, None]

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        following = link[1]
        if following is None:
            value = next(self._it)
            following = link[1] = [value, None]
        self._link = following
        return following[0]

    def __copy__(self):
        return _tee(self)


def tee(iterable, n=2, **kwargs):
    """tee(iterable, n=2) --> tuple of n independent iterators."""
    if kwargs:
        raise TypeError('tee() takes no keyword arguments')
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = _tee(it)
    elif hasattr(type(it), '__copy__'):
        first = it.__copy__()
    else:
        first = _tee(it)
    result = [first]
    for _ in range(n - 1):
        result.append(_tee(first) if isinstance(first, _tee) else first.__copy__())
    return tuple(result)
