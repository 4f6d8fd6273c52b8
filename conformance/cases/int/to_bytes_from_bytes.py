print((1024).to_bytes(2, byteorder='big'), (1024).to_bytes(4, 'little'))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'))
print((-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'big', signed=True))
