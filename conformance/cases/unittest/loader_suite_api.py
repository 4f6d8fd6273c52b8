import unittest

class T(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def helper(self):
        pass

loader = unittest.TestLoader()
print(loader.getTestCaseNames(T))
suite = loader.loadTestsFromTestCase(T)
print(suite.countTestCases(), [t.id() for t in suite])
s2 = unittest.TestSuite()
s2.addTest(T('test_a'))
s2.addTests([T('test_b')])
print(s2.countTestCases())
r = unittest.TestResult()
s2.run(r)
print(r.testsRun, r.wasSuccessful())
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


print(normalise(str(T('test_a'))), repr(T('test_a')), T('test_a') == T('test_a'))
print(T('test_a').shortDescription(), T('test_a').countTestCases())
f = unittest.FunctionTestCase(lambda: None, description='fn')
print(f.shortDescription())
r = unittest.TestResult()
f.run(r)
print(r.testsRun, r.wasSuccessful())
T('nope')
