print(b'a b  c'.split(), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'  x  '.split(), b''.split(), b'a,b'.split(b',', maxsplit=0))
