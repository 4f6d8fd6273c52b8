# %-formatting's argument cursor: mappings, '*' after a key, non-tuple arguments
def t(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t('%(x)d', {'x': 5})
t('%(x)*d', {'x': 1})
t('%(x)s %s', {'x': 1})
t('%s %(x)s', {'x': 1})
t('%(x)s %(y)s', {'x': 1, 'y': 2})
t('%(x)s', (1,))
t('%s %s', {'x': 1})
t('%(x)s%%', {'x': 1})
t('abc', [])
t('abc', b'x')
t('abc', range(3))
t('abc', 1)
t('abc', ())
t('abc', {})
t('%s', [1])
t('%s %s', (1,))
t('%s', (1, 2))
t('%*d|', (5, 3))
t('%*d|', (-5, 3))
t('%-*d|', (-5, 3))
t('%.*f|', (-2, 3.14159))
t('%*.*f|', (8, 2, 3.14159))
t('%*d|', (True, 3))
t('%*d|', (2.0, 3))
t('%*d', (3,))
class M:
    def __getitem__(self, k):
        return k * 2
t('%(ab)s-%(c)s', M())
class N:
    pass
t('abc', N())
