import unittest

class T(unittest.TestCase):
    def test_pass(self):
        pass

    def test_fail(self):
        self.assertEqual('a', 'b')

r = T('test_fail').run()
print(r.testsRun, len(r.failures), r.wasSuccessful())
r = unittest.TestResult()
T('test_pass').run(r)
T('test_fail')(r)
print(r.testsRun, len(r.failures), r.wasSuccessful(), r.shouldStop)
print(T('test_pass').id(), T('test_fail').failureException.__name__)
r.stop()
print(r.shouldStop)
