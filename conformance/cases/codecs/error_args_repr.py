try:
    b'\xff'.decode('ascii')
except UnicodeDecodeError as e:
    e2 = e
print(e2.args, repr(e2))
