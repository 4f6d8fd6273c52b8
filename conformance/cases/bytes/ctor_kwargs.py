print(bytes(source='ab', encoding='ascii'), bytearray('x', encoding='utf-8', errors='strict'))
