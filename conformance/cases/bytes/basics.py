b = b'hello'
print(b[0], b[-1], b[1:3], list(b[:2]), len(b), b * 2, b + b'!')
