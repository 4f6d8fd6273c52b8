b = b'abc'
print(b.split(b'b') == [b'a', b'c'], b.lstrip(b'') , bytearray(b' x ').strip(b' '))
