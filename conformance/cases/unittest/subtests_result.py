import unittest

class T(unittest.TestCase):
    def test_loop(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_msg(self):
        with self.subTest('named'):
            raise ValueError('inside')

result = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(T).run(result)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
def normalise(text):
    # CPython 3.11 names tests "test_a (__main__.T.test_a)", 3.4 "test_a (__main__.T)";
    # file names are absolute in 3.11.
    out = []
    for line in text.split(chr(10)):
        words = line.split(' ')
        for i in range(1, len(words)):
            prev, word = words[i - 1], words[i]
            if word.startswith('(') and word.endswith('.' + prev + ')'):
                words[i] = word[:-len(prev) - 2] + ')'
        out.append(' '.join(words))
    return chr(10).join(out)


for test, text in result.failures + result.errors:
    print(normalise(str(test)))
    print(text.splitlines()[-1])
