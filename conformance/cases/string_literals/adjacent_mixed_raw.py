print('a\\n' r'\n' "c", len('\\' r'\\'))
