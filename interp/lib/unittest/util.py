"""Helpers shared by the unittest modules (3.4's unittest.util)."""

__unittest = True

_MAX_LENGTH = 80
_LIB_PREFIX = '<kaa-lib>/unittest/'


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__; cut at 80 characters
    when `short`."""
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    """'module.QualName' of a class."""
    return "%s.%s" % (cls.__module__, cls.__qualname__)


try:
    import _kaa_traceback as _kaa
except ImportError:
    _kaa = None


def is_unittest_entry(filename, tb=None):
    """Whether a traceback entry belongs to the unittest package: under
    Kaa by its file name, under CPython by the `__unittest` marker in the
    frame's globals."""
    if _kaa is not None or tb is None:
        return filename.startswith(_LIB_PREFIX)
    frame = getattr(tb, 'tb_frame', None)
    if frame is None:
        return filename.startswith(_LIB_PREFIX)
    return '__unittest' in frame.f_globals


def sorted_list_difference(expected, actual):
    """(missing, unexpected): items of the sorted list `expected` not in
    the sorted list `actual` and the other way round."""
    i = j = 0
    missing = []
    unexpected = []
    while True:
        try:
            e = expected[i]
            a = actual[j]
            if e < a:
                missing.append(e)
                i += 1
                while expected[i] == e:
                    i += 1
            elif e > a:
                unexpected.append(a)
                j += 1
                while actual[j] == a:
                    j += 1
            else:
                i += 1
                try:
                    while expected[i] == e:
                        i += 1
                finally:
                    j += 1
                    while actual[j] == a:
                        j += 1
        except IndexError:
            missing.extend(expected[i:])
            unexpected.extend(actual[j:])
            break
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Same as sorted_list_difference for unsortable lists (quadratic)."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x <, ==, > y."""
    return (x > y) - (x < y)


def count_diff_all_purpose(actual, expected):
    """[(count in actual, count in expected, item)] for the items whose
    counts differ (items need not be hashable)."""
    s, t = list(actual), list(expected)
    m, n = len(s), len(t)
    NULL = object()
    result = []
    for i, elem in enumerate(s):
        if elem is NULL:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, m):
            if s[j] == elem:
                cnt_s += 1
                s[j] = NULL
        for j, other_elem in enumerate(t):
            if other_elem == elem:
                cnt_t += 1
                t[j] = NULL
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is NULL:
            continue
        cnt_t = 0
        for j in range(i, n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        result.append((0, cnt_t, elem))
    return result


def _counts(items):
    c = {}
    for x in items:
        c[x] = c.get(x, 0) + 1
    return c


def count_diff_hashable(actual, expected):
    """count_diff_all_purpose for hashable items."""
    s, t = _counts(actual), _counts(expected)
    result = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            result.append((0, cnt_t, elem))
    return result
