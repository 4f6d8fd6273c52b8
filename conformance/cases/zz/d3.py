x = b'abc'
print(x.__len__(), x.__getitem__(1), bytes.__len__(x), bytearray.__getitem__(bytearray(b'q'), 0))
