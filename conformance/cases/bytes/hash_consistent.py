print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(b''), {b'x': 1}[b'x'], len({b'a', b'a', b'b'}))
