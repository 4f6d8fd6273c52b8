ba = bytearray(b'hello')
print(ba.capitalize(), ba.title(), ba.swapcase(), ba.zfill(8), ba.center(9, b'-'), ba.expandtabs(), ba.isalpha(), ba.partition(b'l'), ba.rsplit(b'l'))
