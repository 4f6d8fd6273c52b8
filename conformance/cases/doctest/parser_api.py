import doctest
p = doctest.DocTestParser()
examples = p.get_examples("""
>>> x = 1
>>> x + 1
2
>>> for i in range(2):
...     print(i)
0
1
""")
for e in examples:
    print(repr(e.source), repr(e.want), e.lineno, e.exc_msg)
print(doctest.TestResults(1, 2), doctest.TestResults(0, 3).attempted)
print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.SKIP)
c = doctest.OutputChecker()
print(c.check_output('[0, ..., 9]\n', '[0, 1, 2, 9]\n', doctest.ELLIPSIS), c.check_output('1\n', '2\n', 0))
p.get_examples(">>>x")
