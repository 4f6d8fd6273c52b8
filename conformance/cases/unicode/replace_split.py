# replace, split, partition with surrogates as text or separator.
s = 'a\ud800b\ud800c'
print(ascii(s.replace('\ud800', '-')), ascii(s.replace('b', '\udfff')), ascii(s.replace('\ud800', '', 1)))
print(ascii(s.split('\ud800')), ascii(s.rsplit('\ud800', 1)), ascii(s.partition('\ud800')), ascii(s.rpartition('\ud800')))
print(ascii('x \ud800 y'.split()), ascii('l1\ud800\nl2'.splitlines()))
s.split('')
