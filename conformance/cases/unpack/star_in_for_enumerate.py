pairs = [(1, 'a'), (2, 'b')]
for i, (n, s) in enumerate(pairs):
    print(i, n, s)
