import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
checks = [
    lambda: t.assertEqual(1, 2, 'extra'),
    lambda: t.assertNotEqual('a', 'a'),
    lambda: t.assertTrue(''),
    lambda: t.assertFalse([1]),
    lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn(5, [1, 2]),
    lambda: t.assertNotIn(1, [1, 2]),
    lambda: t.assertNotIsInstance(1, int),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(2, 1),
    lambda: t.assertLessEqual(3, 1),
    lambda: t.assertRegex('abc', 'x+'),
    lambda: t.assertNotRegex('abc', 'b'),
    lambda: t.assertSequenceEqual([1], [1, 2]),
    lambda: t.assertSetEqual({1}, {1, 2}),
    lambda: t.assertCountEqual('ab', 'abb'),
    lambda: t.fail('explicit'),
]
for check in checks:
    try:
        check()
    except AssertionError as e:
        print(str(e))
        print('--')
t.longMessage = False
try:
    t.assertEqual(1, 2, 'only this')
except AssertionError as e:
    print(e)
