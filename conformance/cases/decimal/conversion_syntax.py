import decimal
try:
    decimal.Decimal('1.2.3')
except decimal.InvalidOperation as e:
    print(type(e).__name__, issubclass(decimal.InvalidOperation, ArithmeticError))
decimal.Decimal('abc')
