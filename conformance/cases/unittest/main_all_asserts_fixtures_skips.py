import io
import sys
import time
import unittest

# Deterministic timing ("Ran N tests in 0.000s") in every interpreter.
time.perf_counter = time.time = lambda: 0.0

def setUpModule():
    print('setUpModule')

def tearDownModule():
    print('tearDownModule')

class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass')
    @classmethod
    def tearDownClass(cls):
        print('tearDownClass')
    def setUp(self):
        self.x = 1
    def test_asserts(self):
        self.assertEqual(1, 1); self.assertNotEqual(1, 2); self.assertTrue(1); self.assertFalse(0)
        self.assertIs(None, None); self.assertIsNot(1, None); self.assertIsNone(None); self.assertIsNotNone(1)
        self.assertIn(1, [1]); self.assertNotIn(2, [1]); self.assertIsInstance(1, int); self.assertNotIsInstance(1, str)
        self.assertAlmostEqual(1.0, 1.00000001); self.assertNotAlmostEqual(1, 1.1); self.assertAlmostEqual(1, 1.04, delta=0.05)
        self.assertGreater(2, 1); self.assertGreaterEqual(2, 2); self.assertLess(1, 2); self.assertLessEqual(2, 2)
        self.assertRegex('abc', 'b'); self.assertNotRegex('abc', 'z'); self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertListEqual([1], [1]); self.assertTupleEqual((1,), (1,)); self.assertSetEqual({1}, {1}); self.assertDictEqual({1: 2}, {1: 2})
        self.assertSequenceEqual([1, 2], (1, 2)); self.assertMultiLineEqual('a\nb', 'a\nb')
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(type(cm.exception), ZeroDivisionError)
        self.assertRaises(ValueError, int, 'x')
        with self.assertRaisesRegex(ValueError, 'invalid literal'):
            int('x')
        with self.assertWarns(UserWarning):
            import warnings; warnings.warn('w')
    def test_fail_eq(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_fail_msg(self):
        self.assertTrue(False, 'custom message')
    def test_error(self):
        raise KeyError('k')
    @unittest.skip('not now')
    def test_skip(self):
        pass
    @unittest.skipIf(True, 'cond')
    def test_skipif(self):
        pass
    @unittest.skipUnless(False, 'unless')
    def test_skipunless(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 2)
    def test_dict_diff(self):
        self.assertDictEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})
    def test_str_diff(self):
        self.assertEqual('hello\nworld\n', 'hello\nthere\n')

MAIN_ARGS = {}


def normalise(text):
    # CPython 3.11 names tests "test_a (__main__.T.test_a)", 3.4 "test_a (__main__.T)";
    # file names are absolute in 3.11.
    out = []
    for line in text.replace(__file__, 'case.py').split(chr(10)):
        words = line.split(' ')
        for i in range(1, len(words)):
            prev, word = words[i - 1], words[i]
            if word.startswith('(') and word.endswith('.' + prev + ')'):
                words[i] = word[:-len(prev) - 2] + ')'
        out.append(' '.join(words))
    return chr(10).join(out)


if __name__ == '__main__':
    saved = sys.stderr
    sys.stderr = stream = io.StringIO()
    try:
        unittest.main(**MAIN_ARGS)
    except SystemExit as e:
        status = e.code
    finally:
        sys.stderr = saved
    print(normalise(stream.getvalue()))
    print('exit status', status)
    sys.exit(status)
