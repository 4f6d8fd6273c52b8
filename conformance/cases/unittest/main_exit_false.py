import io
import sys
import time
import unittest

# Deterministic timing ("Ran N tests in 0.000s") in every interpreter.
time.perf_counter = time.time = lambda: 0.0

class T(unittest.TestCase):
    def test_a(self):
        pass

MAIN_ARGS = {'exit': False}


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
