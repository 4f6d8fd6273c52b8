# center/ljust/rjust/zfill/expandtabs count surrogates as one column.
s = '\ud800b'
print(ascii(s.center(6, '*')), ascii(s.ljust(4, '\udfff')), ascii(s.rjust(4)), ascii('-\udc80'.zfill(5)))
print(ascii('\ud800\tx'.expandtabs(4)), ascii('ab'.center(5, '\ud800')))
s.center(5, 'ab')
