print(5.5 % 2, -5.5 % 2, 5.5 % -2, -5.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
