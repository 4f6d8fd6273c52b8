from decimal import Decimal as D
import decimal
decimal.getcontext().Emax = 10
print(D('9e9') * 10)
D('9e10') * 100
