b'abc'.translate(b'short')
