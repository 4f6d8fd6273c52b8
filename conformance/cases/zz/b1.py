print(b'  a  '.strip(None), b'aXbXc'.split(b'X', -1), b'a\x00b'.split(b'\x00'))
