# signed= of to_bytes/from_bytes is keyword-only
print((5).to_bytes(2, 'little'), (-5).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\xff', 'big', signed=True), int.from_bytes(b'\xff', byteorder='little'))
for f in [lambda: (1).to_bytes(1, 'big', True), lambda: int.from_bytes(b'\x01', 'big', True)]:
    try:
        f()
    except TypeError as e:
        print('TypeError')
