print(hex(255), oct(8), bin(5), hex(-255), bin(-5))
print(str(-0), repr(10 ** 20))
