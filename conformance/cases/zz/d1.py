print(b'abc'.startswith(b''), b'abc'.endswith(b'', 3), b'abc'.startswith(b'a', 5), b''.startswith(b''))
