# strip and startswith/endswith with surrogate characters.
s = '\ud800 \udfffab\udfff'
print(ascii(s.strip()), ascii(s.strip('\ud800')), ascii(s.rstrip('\udfff')), ascii(s.lstrip('\ud800 ')))
print(s.startswith('\ud800'), s.startswith('\udfff'), s.endswith(('\ud800', '\udfff')), s.endswith('\ufffd'))
print(s.startswith('\udfff', 2), '\ufffd'.startswith('\ud800'))
s.strip(5)
