# ord() of a one-byte bytes or bytearray is that byte's value.
print(ord(b"A"), ord(bytearray(b"z")), ord("é"))
for v in (bytearray(b""), bytearray(b"ab"), b"xy"):
    try:
        ord(v)
    except TypeError as e:
        print("TypeError", e)
