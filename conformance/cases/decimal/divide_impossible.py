import decimal
from decimal import Decimal as D
decimal.getcontext().prec = 4
print(D('1234') // D('1'), D('12345') % D('7'))
D('123456') // D('1')
