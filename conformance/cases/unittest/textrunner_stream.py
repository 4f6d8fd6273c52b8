import io
import time
import unittest
time.perf_counter = time.time = lambda: 0.0

class T(unittest.TestCase):
    def test_ok(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        raise ValueError

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=0)
result = runner.run(unittest.TestLoader().loadTestsFromTestCase(T))
print(repr(stream.getvalue()))
print(result.testsRun, len(result.expectedFailures), result.wasSuccessful())
