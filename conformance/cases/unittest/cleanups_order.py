import unittest
log = []

class T(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, 'cleanup 1')
        self.addCleanup(log.append, 'cleanup 2')

    def tearDown(self):
        log.append('tearDown')

    def test_x(self):
        log.append('test')

r = unittest.TestResult()
T('test_x').run(r)
print(log, r.wasSuccessful())
