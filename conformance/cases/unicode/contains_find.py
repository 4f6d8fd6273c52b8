# in, find, index, count see surrogates exactly.
s = 'ab\ud800cd\ud800'
print('\ud800' in s, '\udc00' in s, '\ufffd' in s, 'c' in s, '\ud800c' in s)
print(s.find('\ud800'), s.rfind('\ud800'), s.count('\ud800'), s.index('c'), s.find('\udfff'))
print(s.find('\ud800', 3), s.count('\ud800', 0, 3), '\ufffd'.find('\ud800'))
s.index('\udfff')
