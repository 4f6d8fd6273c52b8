print(bytes.fromhex('00 ff 10'), bytearray.fromhex('dead beef'), bytes.fromhex(''), bytes.fromhex('  41  42  '))
