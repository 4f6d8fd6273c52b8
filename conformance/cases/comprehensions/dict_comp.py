print(sorted({k: len(k) for k in ['a', 'bb', 'ccc']}.items()), {i: i * i for i in range(4)})
