print(bin(10), oct(64), hex(3054), bin(0), hex(-1), oct(-8))
