# str() of exceptions whose arguments hold lone surrogates.
e = ValueError('bad \ud800')
print(ascii(str(e)), ascii(e.args[0]), type(e).__name__, ascii(str(KeyError('\udc80'))))
try:
    {}['\udfff']
except KeyError as k:
    print(ascii(k.args), ascii(str(k)))
raise ValueError('\ud800')
