import unittest
import warnings

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__)
t.assertRaises(ValueError, int, 'x')
with t.assertRaisesRegex(KeyError, 'k'):
    {}['k']
for f in (lambda: t.assertRaises(KeyError, lambda: None),
          lambda: t.assertRaisesRegex(ValueError, 'nope', int, 'x')):
    try:
        f()
    except AssertionError as e:
        print(e)
try:
    with t.assertRaises(TypeError):
        pass
except AssertionError as e:
    print(e)
with t.assertWarns(UserWarning) as w:
    warnings.warn('careful')
print(str(w.warning))
with t.assertWarnsRegex(DeprecationWarning, 'old'):
    warnings.warn('old api', DeprecationWarning)
try:
    with t.assertWarns(RuntimeWarning):
        pass
except AssertionError as e:
    print(e)
with t.assertRaises(IndexError):
    raise KeyError('not an IndexError')
