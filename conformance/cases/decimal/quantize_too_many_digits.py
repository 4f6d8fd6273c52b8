from decimal import Decimal as D
D('12345678901234567890.5').quantize(D('1e-10'))
