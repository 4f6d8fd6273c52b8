print([x for x in b'AB'], 65 in b'AB', b'B' in b'AB', b'' in b'x')
