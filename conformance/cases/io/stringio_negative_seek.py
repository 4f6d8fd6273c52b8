import io
io.StringIO('abc').seek(-1)
