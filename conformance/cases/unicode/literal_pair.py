# Two surrogate escapes stay two code points (no pairing in literals).
p = '\ud83d\ude00'
print(len(p), [hex(ord(c)) for c in p], ascii(p))
print(p == '\U0001f600', p[0] == '\ud83d', p[1] == '\ude00')
print(ascii(p[::-1]), ascii(p * 2))
p.encode('utf-8')
