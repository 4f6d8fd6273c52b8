import io
io.StringIO(newline='x')
