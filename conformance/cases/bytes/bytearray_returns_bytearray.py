ba = bytearray(b' Hi ')
print(type(ba.strip()).__name__, type(ba.upper()).__name__, type(ba.split()[0]).__name__, type(ba[0:1]).__name__, type(b'x'.upper()).__name__)
