# Lone surrogates in literals are code points of their own.
s = '\ud800'
t = '\udc80abc'
print(len(s), len(t), ascii(s), ascii(t), repr(t))
print(ord(s), ord(t[0]), [hex(ord(c)) for c in t])
print('\U0000dfff' == '\udfff', '\ud800' != '\ufffd')
print(ascii('\ud800' 'x' '\udfff'), ascii(r'\ud800'))
ord(t)
