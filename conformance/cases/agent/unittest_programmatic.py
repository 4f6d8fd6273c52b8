import unittest
import io
import sys

def divide(a, b):
    return a / b

class TestMath(unittest.TestCase):
    def setUp(self):
        self.data = [3, 1, 2]
    def test_sort(self):
        self.assertEqual(sorted(self.data), [1, 2, 3])
    def test_fail(self):
        self.assertEqual(divide(1, 2), 0.75, "halves")
    def test_error(self):
        divide(1, 0)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            divide(1, 0)
        self.assertRaises(TypeError, divide, 'a', 1)
    @unittest.skip("not ready")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    def test_in(self):
        self.assertIn(4, self.data)
    def test_list_diff(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None)
        self.assertIsInstance(1, int)

class TestStr(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('foo'.upper(), 'FOO')
    def test_multi(self):
        self.assertEqual("a\nb\nc\n", "a\nB\nc\n")
    def test_dict(self):
        self.assertDictEqual({'a': 1}, {'a': 2})

stream = io.StringIO()
suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(TestMath))
suite.addTests(loader.loadTestsFromTestCase(TestStr))
runner = unittest.TextTestRunner(stream=stream, verbosity=1)
result = runner.run(suite)
out = stream.getvalue()
import re
out = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests in Xs', out)
print(out.split('\n')[0])
print(out.split('\n')[-2])
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
for test, tb in result.failures:
    print(test.id(), tb.splitlines()[-1])
for test, tb in result.errors:
    print(test.id(), tb.splitlines()[-1])
