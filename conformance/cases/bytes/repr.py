print(repr(b'\x00\x01\x7f\x80\xff'), repr(b'\'"'), repr(b'\n\t\r'), repr(b"'"))
