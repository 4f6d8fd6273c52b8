# Indexing counts code points.
s = 'a\ud800b\udc00\xe9'
print(len(s), [ascii(s[i]) for i in range(len(s))], ascii(s[-1]), ascii(s[-4]))
print(s[1] == '\ud800', s[3] == chr(0xdc00))
s[5]
