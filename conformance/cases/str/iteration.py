print(list('héllo'), [c for c in 'abc' if c != 'b'], len('日本語'))
