"""Bisection algorithms on sorted sequences (Kaa's Python 3.4 ``bisect``)."""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None or hi == -1:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None):
    """Return the index after the last item <= x in sorted a[lo:hi]."""
    if lo < 0 or hi is None or hi == -1:
        lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None):
    """Return the index of the first item >= x in sorted a[lo:hi]."""
    if lo < 0 or hi is None or hi == -1:
        lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None):
    """Insert x into sorted a, after any items equal to x."""
    if lo < 0 or hi is None or hi == -1:
        lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None):
    """Insert x into sorted a, before any items equal to x."""
    if lo < 0 or hi is None or hi == -1:
        lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right
