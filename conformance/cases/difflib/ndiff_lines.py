import difflib
a = ['one\n', 'two\n', 'three\n']
b = ['ore\n', 'tree\n', 'emu\n']
print(''.join(difflib.ndiff(a, b)), end='')
print(list(difflib.restore(difflib.ndiff(a, b), 2)))
