"""Heap queue algorithm (a binary min-heap kept in a plain list).

Kaa's own implementation of the Python 3.4 ``heapq`` API.  The invariant is
``heap[k] <= heap[2*k+1]`` and ``heap[k] <= heap[2*k+2]``; only ``<`` is used
to compare items, as CPython does.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    if type(heap) is not list:
        _check_list(heap)
    heap.append(item)
    pos = len(heap) - 1
    while pos:
        up = (pos - 1) >> 1
        parent = heap[up]
        if item < parent:
            heap[pos] = parent
            pos = up
        else:
            break
    heap[pos] = item


def _sift_from_root(heap, pos, item):
    # Move the smaller child up until a leaf is reached, then bubble ``item``
    # up from there: fewer comparisons than a plain top-down sift.
    end = len(heap)
    start = pos
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    while pos > start:
        up = (pos - 1) >> 1
        parent = heap[up]
        if item < parent:
            heap[pos] = parent
            pos = up
        else:
            break
    heap[pos] = item


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if type(heap) is not list:
        _check_list(heap)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    # Inlined _sift_from_root(heap, 0, last): this is the hot path.
    end = len(heap)
    pos = 0
    child = 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    while pos:
        up = (pos - 1) >> 1
        parent = heap[up]
        if last < parent:
            heap[pos] = parent
            pos = up
        else:
            break
    heap[pos] = last
    return top


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (heap must be non-empty)."""
    if type(heap) is not list:
        _check_list(heap)
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    _sift_from_root(heap, 0, item)
    return top


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item (faster than both calls)."""
    if type(heap) is not list:
        _check_list(heap)
    if heap and heap[0] < item:
        top = heap[0]
        _sift_from_root(heap, 0, item)
        return top
    return item


def heapify(x):
    """Transform list x into a heap, in place, in linear time."""
    if type(x) is not list:
        _check_list(x)
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sift_from_root(x, pos, x[pos])


def _sift_from_root_max(heap, pos, item):
    # Max-heap counterpart of _sift_from_root (the largest item at the root).
    end = len(heap)
    start = pos
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    while pos > start:
        up = (pos - 1) >> 1
        parent = heap[up]
        if parent < item:
            heap[pos] = parent
            pos = up
        else:
            break
    heap[pos] = item


def _heapify_max(x):
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sift_from_root_max(x, pos, x[pos])


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        top = heap[0]
        _sift_from_root_max(heap, 0, last)
        return top
    return last


def merge(*iterables):
    """Merge sorted inputs into a single sorted output (a generator).

    Equivalent to sorted(itertools.chain(*iterables)) but lazy; equal items
    come out in the order of the inputs they came from.
    """
    heap = []
    for order, iterable in enumerate(iterables):
        step = iter(iterable).__next__
        try:
            heap.append([step(), order, step])
        except StopIteration:
            pass
    heapify(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                value, _order, step = entry
                yield value
                entry[0] = step()
                _sift_from_root(heap, 0, entry)
        except StopIteration:
            heappop(heap)
    if heap:
        value, _order, step = heap[0]
        yield value
        while True:
            try:
                value = step()
            except StopIteration:
                return
            yield value


def nsmallest(n, iterable, key=None):
    """Return the n smallest items: sorted(iterable, key=key)[:n]."""
    if n == 1:
        missing = object()
        if key is None:
            found = min(iterable, default=missing)
        else:
            found = min(iterable, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    it = iter(iterable)
    # A max-heap of the n smallest (key, order, item) seen so far.
    result = []
    order = 0
    if key is None:
        for item in it:
            result.append((item, order))
            order += 1
            if order == n:
                break
        if not result:
            return []
        _heapify_max(result)
        top = result[0][0]
        for item in it:
            if item < top:
                _sift_from_root_max(result, 0, (item, order))
                top = result[0][0]
            order += 1
        result.sort()
        return [entry[0] for entry in result]
    for item in it:
        result.append((key(item), order, item))
        order += 1
        if order == n:
            break
    if not result:
        return []
    _heapify_max(result)
    top = result[0][0]
    for item in it:
        k = key(item)
        if k < top:
            _sift_from_root_max(result, 0, (k, order, item))
            top = result[0][0]
        order += 1
    result.sort()
    return [entry[2] for entry in result]


def nlargest(n, iterable, key=None):
    """Return the n largest items: sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        missing = object()
        if key is None:
            found = max(iterable, default=missing)
        else:
            found = max(iterable, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    it = iter(iterable)
    # A min-heap of the n largest (key, -order, item) seen so far.
    result = []
    order = 0
    if key is None:
        for item in it:
            result.append((item, order))
            order -= 1
            if -order == n:
                break
        if not result:
            return []
        heapify(result)
        top = result[0][0]
        for item in it:
            if top < item:
                _sift_from_root(result, 0, (item, order))
                top = result[0][0]
            order -= 1
        result.sort(reverse=True)
        return [entry[0] for entry in result]
    for item in it:
        result.append((key(item), order, item))
        order -= 1
        if -order == n:
            break
    if not result:
        return []
    heapify(result)
    top = result[0][0]
    for item in it:
        k = key(item)
        if top < k:
            _sift_from_root(result, 0, (k, order, item))
            top = result[0][0]
        order -= 1
    result.sort(reverse=True)
    return [entry[2] for entry in result]
