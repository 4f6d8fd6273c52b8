import unittest

class T(unittest.TestCase):
    @unittest.skip('reason one')
    def test_a(self):
        pass

    def test_b(self):
        raise unittest.SkipTest('reason two')

r = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(T).run(r)
print(r.testsRun, [reason for test, reason in r.skipped], r.wasSuccessful())
