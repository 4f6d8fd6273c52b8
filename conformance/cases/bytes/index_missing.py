for call in [lambda: b'hello'.index(b'z'), lambda: b'hello'.rindex(b'z', 1, 3), lambda: bytearray(b'ab').index(b'c')]:
    try:
        call()
    except ValueError as e:
        print('ValueError')
