import io
b = io.BytesIO()
try:
    b.write('text')
except TypeError as e:
    print('TypeError')
b.close()
b.getvalue()
