import io
b = io.BytesIO()
b.writelines([b'one\n', b'two\n', b'three'])
print(b.tell(), b.seek(0))
print([line for line in b])
print(b.read(), b.readable(), b.seekable(), b.isatty())
b.close()
print(b.closed)
b.read()
