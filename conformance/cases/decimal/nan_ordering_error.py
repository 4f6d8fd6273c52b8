from decimal import Decimal as D
D('NaN') < D(1)
