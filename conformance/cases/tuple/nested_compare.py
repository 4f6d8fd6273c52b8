print(sorted([(2, 'a'), (1, 'b'), (1, 'a'), (2,)]))
