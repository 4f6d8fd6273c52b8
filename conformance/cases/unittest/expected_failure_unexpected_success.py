import unittest

class T(unittest.TestCase):
    @unittest.expectedFailure
    def test_xf(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_us(self):
        pass

r = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(T).run(r)
print(r.testsRun, len(r.expectedFailures), len(r.unexpectedSuccesses), len(r.failures))
