b = b'hello world'
print(b.index(b'o'), b.rindex(b'o'), b.index(b'l', 5), b.rindex(108))
