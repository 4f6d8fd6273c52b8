for b in [b'abc', b'ABC', b'Abc Def', b'123', b'a1', b' \t', b'', b'\xe9']:
    print(b, b.isalpha(), b.isalnum(), b.isdigit(), b.islower(), b.isupper(), b.istitle(), b.isspace())
