b = bytes(range(256))
s = b.decode('latin-1')
print(len(s), s.encode('latin-1') == b, ascii(s[250:]))
