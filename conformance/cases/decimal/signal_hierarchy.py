import decimal
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.DivisionByZero, decimal.DecimalException))
print(issubclass(decimal.Overflow, decimal.Inexact), issubclass(decimal.Underflow, decimal.Subnormal))
print(issubclass(decimal.FloatOperation, TypeError), issubclass(decimal.ConversionSyntax, decimal.InvalidOperation))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(decimal.BasicContext)
print(decimal.DefaultContext)
