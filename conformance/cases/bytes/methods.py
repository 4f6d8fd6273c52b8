b = b'  Hello World  '
print(b.strip(), b.lower(), b.upper(), b.split(), b.replace(b'l', b'L'), b.find(b'o'), b.count(b'l'))
print(b'a,b'.split(b','), b'-'.join([b'a', b'b']), b'abc'.startswith(b'ab'), b'xyz'.endswith(b'z'))
