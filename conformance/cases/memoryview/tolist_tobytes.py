m = memoryview(bytearray(b'\x01\x02\x03'))
print(m.tolist(), m.tobytes(), bytes(m), bytearray(m), list(m))
