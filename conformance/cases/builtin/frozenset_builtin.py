print(sorted(frozenset('hello')), frozenset() | {1})
