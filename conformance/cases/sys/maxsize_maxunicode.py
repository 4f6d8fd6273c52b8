import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff')
print(sys.byteorder)
