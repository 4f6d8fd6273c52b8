"""collections.deque: a double-ended queue kept in two Python lists.

``_left`` holds the left part reversed (its last item is the deque's first)
and ``_right`` the right part in order, so every end operation is a native
list append or pop.  When one side runs dry, half of the other side moves
over, which keeps alternating pops amortised O(1).  The two lists are never
replaced, only mutated, so a plain unbounded deque can expose the lists'
bound ``append`` methods as its own ``append``/``appendleft`` (the hot path
of breadth-first searches).
"""

class _MaxLen(object):
    """The read-only deque.maxlen attribute, with CPython's messages."""

    __doc__ = 'maximum size of a deque or None if unbounded'

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj._maxlen

    def __set__(self, obj, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def __delete__(self, obj):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")


class deque(object):
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints.
    """

    __module__ = 'collections'

    def __init__(self, iterable=None, maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        if '_left' in self.__dict__:
            del self._left[:]
            del self._right[:]
        else:
            self._left = []
            self._right = []
        self._maxlen = maxlen
        namespace = self.__dict__
        if maxlen is None and type(self) is deque:
            namespace['append'] = self._right.append
            namespace['appendleft'] = self._left.append
        else:
            namespace.pop('append', None)
            namespace.pop('appendleft', None)
        if iterable is not None:
            self.extend(iterable)

    # --- the ends -------------------------------------------------------------

    # CPython's iterators watch a mutation counter; here the lengths of both
    # sides catch every change but an add undone by a remove within one step,
    # so additions are counted too (`_adds`). While an iterator runs
    # (`_iters`), the list-bound fast `append`/`appendleft` are taken out of
    # the instance dict so that the counting methods below run.
    _adds = 0
    _iters = 0

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._adds += 1
        right = self._right
        right.append(x)
        maxlen = self._maxlen
        if maxlen is not None and len(self._left) + len(right) > maxlen:
            self.popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._adds += 1
        left = self._left
        left.append(x)
        maxlen = self._maxlen
        if maxlen is not None and len(left) + len(self._right) > maxlen:
            self.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        right = self._right
        if right:
            return right.pop()
        left = self._left
        if not left:
            raise IndexError('pop from an empty deque')
        if len(left) == 1:
            return left.pop()
        # Move the leftmost half of _left (the deque's right half) over.
        half = (len(left) + 1) // 2
        moved = left[:half]
        del left[:half]
        moved.reverse()
        right.extend(moved)
        return right.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        left = self._left
        if left:
            return left.pop()
        right = self._right
        if not right:
            raise IndexError('pop from an empty deque')
        if len(right) == 1:
            return right.pop()
        half = (len(right) + 1) // 2
        moved = right[:half]
        del right[:half]
        moved.reverse()
        left.extend(moved)
        return left.pop()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        maxlen = self._maxlen
        if maxlen is None:
            right = self._right
            size = len(right)
            right.extend(iterable)
            if len(right) != size:
                self._adds += 1
            return
        append = self.append
        for item in iterable:
            append(item)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        maxlen = self._maxlen
        if maxlen is None:
            left = self._left
            size = len(left)
            left.extend(iterable)
            if len(left) != size:
                self._adds += 1
            return
        appendleft = self.appendleft
        for item in iterable:
            appendleft(item)

    def clear(self):
        """Remove all elements from the deque."""
        del self._left[:]
        del self._right[:]

    # --- whole-deque operations -----------------------------------------------

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        size = len(self._left) + len(self._right)
        if size <= 1:
            return
        n %= size
        if not n:
            return
        self._adds += 1
        if n <= size // 2:
            pop = self.pop
            appendleft = self._left.append
            for _ in range(n):
                appendleft(pop())
        else:
            popleft = self.popleft
            append = self._right.append
            for _ in range(size - n):
                append(popleft())

    def reverse(self):
        """D.reverse() -- reverse *IN PLACE*"""
        left = self._left
        right = self._right
        # The reversed order, split at the same point, so that an iterator
        # running meanwhile (which watches both sides' lengths) carries on
        # as CPython's does.
        items = right[::-1] + left
        split = len(left)
        left[:] = items[:split][::-1]
        right[:] = items[split:]

    def count(self, value):
        """D.count(value) -> integer -- return number of occurrences of value"""
        size = len(self._left) + len(self._right)
        total = 0
        for item in self._snapshot():
            if item is value or item == value:
                total += 1
            if len(self._left) + len(self._right) != size:
                raise RuntimeError('deque mutated during iteration')
        return total

    def remove(self, value):
        """D.remove(value) -- remove first occurrence of value."""
        left = self._left
        for position in range(len(left) - 1, -1, -1):
            item = left[position]
            if item is value or item == value:
                del left[position]
                return
        right = self._right
        for position in range(len(right)):
            item = right[position]
            if item is value or item == value:
                del right[position]
                return
        raise ValueError('deque.remove(x): x not in deque')

    def _snapshot(self):
        items = self._left[::-1]
        items.extend(self._right)
        return items

    # --- sequence protocol ----------------------------------------------------

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left or self._right)

    def _watch(self):
        """Starts watching for mutations: the iterators' snapshot."""
        namespace = self.__dict__
        if not self._iters:
            namespace.pop('append', None)
            namespace.pop('appendleft', None)
        self._iters += 1
        left = self._left
        right = self._right
        return left, right, len(left), len(right), self._adds

    def _unwatch(self):
        """An iterator ended: restores the fast appends once none runs."""
        self._iters -= 1
        if not self._iters and self._maxlen is None and type(self) is deque:
            namespace = self.__dict__
            namespace['append'] = self._right.append
            namespace['appendleft'] = self._left.append

    def _mutated(self, left, right, nleft, nright, adds):
        return len(left) != nleft or len(right) != nright or self._adds != adds

    def _forward(self, snapshot):
        left, right, nleft, nright, adds = snapshot
        return self._walk(snapshot, left, nleft, right)

    def _backward(self, snapshot):
        left, right, nleft, nright, adds = snapshot
        return self._walk(snapshot, right, nright, left)

    def _walk(self, snapshot, first, nfirst, second):
        # Walks `first` from its snapshot end down, then `second` upwards
        # (forward: the left list then the right; backward: the mirror).
        left, right, nleft, nright, adds = snapshot
        try:
            # Checked before each step, as CPython's next() does.
            position = nfirst - 1
            while position >= 0:
                if self._mutated(left, right, nleft, nright, adds):
                    raise RuntimeError('deque mutated during iteration')
                yield first[position]
                position -= 1
            position = 0
            while True:
                if self._mutated(left, right, nleft, nright, adds):
                    raise RuntimeError('deque mutated during iteration')
                if position >= len(second):
                    break
                yield second[position]
                position += 1
        finally:
            self._unwatch()

    def __iter__(self):
        # The snapshot is taken now, at iter(), as CPython's iterator does.
        return self._forward(self._watch())

    def __reversed__(self):
        return self._backward(self._watch())

    def __contains__(self, value):
        return value in self._left or value in self._right

    def _locate(self, index):
        """Return (list, position) for a deque index, or raise IndexError."""
        if not isinstance(index, int):
            index = _as_index(index)
        left = self._left
        count_left = len(left)
        if index < 0:
            index += count_left + len(self._right)
            if index < 0:
                raise IndexError('deque index out of range')
        if index < count_left:
            return left, count_left - 1 - index
        index -= count_left
        if index >= len(self._right):
            raise IndexError('deque index out of range')
        return self._right, index

    def __getitem__(self, index):
        if type(index) is int:
            left = self._left
            count_left = len(left)
            if 0 <= index < count_left:
                return left[count_left - 1 - index]
        container, position = self._locate(index)
        return container[position]

    def __setitem__(self, index, value):
        container, position = self._locate(index)
        container[position] = value

    def __delitem__(self, index):
        container, position = self._locate(index)
        del container[position]

    # --- misc -------------------------------------------------------------------

    maxlen = _MaxLen()

    def __copy__(self):
        # As CPython: the maxlen argument is passed only for bounded deques.
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    def __reduce__(self):
        state = dict(self.__dict__)
        for name in ('_left', '_right', '_maxlen', 'append', 'appendleft', '_adds', '_iters'):
            state.pop(name, None)
        return (type(self), (list(self), self._maxlen), state or None)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __repr__(self):
        if id(self) in _repr_running:
            return '[...]'
        _repr_running.add(id(self))
        try:
            body = repr(self._snapshot())
        finally:
            _repr_running.discard(id(self))
        if self._maxlen is None:
            return 'deque(%s)' % body
        return 'deque(%s, maxlen=%d)' % (body, self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._snapshot() == other._snapshot()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._snapshot() != other._snapshot()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._snapshot() < other._snapshot()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._snapshot() <= other._snapshot()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._snapshot() > other._snapshot()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._snapshot() >= other._snapshot()

    __hash__ = None

    def __sizeof__(self):
        return object.__sizeof__(self) + 8 * (len(self._left) + len(self._right))


def _as_index(index):
    method = getattr(type(index), '__index__', None)
    if method is None:
        raise TypeError('sequence index must be integer, not %r' % type(index).__name__)
    return method(index)


_repr_running = set()


# Kaa's native pop/popleft over the same two lists (absent
# under CPython, whose deque is native anyway).
try:
    from _collections import _install_deque
except ImportError:
    pass
else:
    _install_deque(deque)
    del _install_deque
