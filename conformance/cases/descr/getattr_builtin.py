print(getattr([1, 2], 'count')(1), getattr('x', 'upper')(), getattr(5, 'missing', 'default'))
