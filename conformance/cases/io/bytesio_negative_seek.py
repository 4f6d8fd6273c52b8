import io
io.BytesIO().seek(-1)
