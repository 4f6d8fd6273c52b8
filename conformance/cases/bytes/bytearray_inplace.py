ba = bytearray(b'ab')
alias = ba
ba += b'cd'
ba *= 2
print(ba, alias is ba, alias)
b = b'x'
b2 = b
b += b'y'
print(b, b2)
