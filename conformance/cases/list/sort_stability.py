pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
print(sorted(pairs, key=lambda x: x[0]))
print(sorted(pairs, key=lambda x: x[0], reverse=True))
