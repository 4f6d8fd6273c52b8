print(hash(b'abc') == hash(b'abc'), len({b'a', b'a', b'b'}))
