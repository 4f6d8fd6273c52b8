print(bytes.fromhex('41 42 ff'), bytearray.fromhex('00ff'))
