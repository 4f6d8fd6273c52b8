print(int('42'), int('-17'), int('  9 '), int('+5'))
print(int('ff', 16), int('0xff', 16), int('0o17', 0), int('0b101', 0), int('z', 36))
print(int('1010', 2), int('777', 8))
