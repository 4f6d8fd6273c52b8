import io
for nl in (None, '', '\n', '\r\n', '\r'):
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
