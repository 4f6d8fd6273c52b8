from decimal import Decimal as D
D(0) / D(0)
