print(r'\n\t', R'\x41', r'a\'b', len(r'\\'))
print(rb'\n', Rb'\d', br'\s')
