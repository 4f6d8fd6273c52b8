# upper/lower/casefold/title/swapcase/capitalize leave surrogates alone.
s = 'a\ud800B\udc00ß'
print(ascii(s.upper()), ascii(s.lower()), ascii(s.casefold()), ascii(s.swapcase()))
print(ascii('\ud800abc def'.title()), ascii('\udc80XY'.capitalize()), ascii('x\ud800y'.title()))
s.upper().encode()
