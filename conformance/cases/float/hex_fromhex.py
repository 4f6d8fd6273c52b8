print((1.0).hex(), (0.5).hex(), float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'))
