for call in [lambda: b'abc'.startswith('a'), lambda: b'abc'.endswith(1),
             lambda: b'a'.center(5, 'x'), lambda: b'a'.ljust(3, b'xy'),
             lambda: b'a' * 'b', lambda: b''.join(1), lambda: bytes.maketrans(b'a', b''),
             lambda: b'abc'.translate(b'x' * 255), lambda: b'a'.split(b''),
             lambda: bytearray(b'a').pop(5), lambda: bytearray(b'a').remove(5)]:
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
