print(divmod(5.5, 2), divmod(-5.5, 2), divmod(5, 0.5))
