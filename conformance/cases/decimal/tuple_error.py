from decimal import Decimal
print(Decimal((0, (1, 0), 2)))
Decimal((2, (1,), 0))
