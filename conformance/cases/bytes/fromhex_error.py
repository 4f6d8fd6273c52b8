bytes.fromhex('g0')
