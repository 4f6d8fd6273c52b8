print(r'a\'b', r"a\"b", len(r'\''), r'\n' == '\\n')
