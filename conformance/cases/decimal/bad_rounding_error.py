import decimal
decimal.getcontext().prec = 0
