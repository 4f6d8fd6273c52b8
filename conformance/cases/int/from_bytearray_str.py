print(int(bytearray(b'42')), int(b'-7'), int(b' 12 '), float(b'1.5'), float(bytearray(b'-2e3')))
print(int('0x1f', 16), int('0x1f', 0), int('0b101', 0), int('0o17', 0), int('  -12  '), int('z', 36), int('\u0663\u0664'))
