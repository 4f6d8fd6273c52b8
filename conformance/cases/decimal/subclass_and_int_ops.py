from decimal import Decimal
class Money(Decimal):
    pass
m = Money('1.50')
print(type(m).__name__, m, m + 1, type(m + 1).__name__, isinstance(m, Decimal))
print(int(Decimal('12.9')), Decimal(5) ** 3, -Decimal(0), Decimal('-0') + 0, Decimal('1e3') == 1000)
print(Decimal('3.000').__round__(1), Decimal(7).__floor__(), Decimal('-7.5').__ceil__(), Decimal('-7.5').__floor__())
