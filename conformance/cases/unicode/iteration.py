# Iterating yields each code point.
s = '\udc80a\ud800\U0001f600'
print([ascii(c) for c in s], list(map(ord, s)))
it = iter(s)
print(ascii(next(it)), ascii(next(it)), ascii(next(it)), ascii(next(it)))
print(ascii(list(reversed(s))), ascii(sorted(s)))
next(it)
