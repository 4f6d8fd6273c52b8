import io
io.StringIO('abc').truncate(-1)
