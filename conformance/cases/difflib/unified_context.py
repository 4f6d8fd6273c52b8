import difflib
a = 'a b c d e f g h'.split()
b = 'a b x d e f y h i'.split()
for line in difflib.unified_diff(a, b, 'before', 'after', lineterm=''):
    print(line)
for line in difflib.context_diff(a, b, lineterm=''):
    print(line)
