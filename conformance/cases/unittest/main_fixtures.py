import io
import sys
import time
import unittest

# Deterministic timing ("Ran N tests in 0.000s") in every interpreter.
time.perf_counter = time.time = lambda: 0.0

log = []

def setUpModule():
    log.append('setUpModule')

def tearDownModule():
    log.append('tearDownModule')
    print(log)

class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass A')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass A')

    def setUp(self):
        log.append('setUp')

    def tearDown(self):
        log.append('tearDown')

    def test_1(self):
        log.append('test_1')
        self.addCleanup(log.append, 'cleanup')

    def test_2(self):
        log.append('test_2')

class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('class setup fails')

    def test_never(self):
        log.append('never')

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
