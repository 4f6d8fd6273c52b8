b = b'hello'
print(104 in b, 122 in b, b'ell' in b, b'' in b, bytearray(b'e') in b, b'lo' in bytearray(b'hello'), 101 in bytearray(b'hey'))
