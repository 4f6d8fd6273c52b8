# attack: b''.join of 10**5 one-megabyte chunks
# expect: memory_limit  limits: memory=32M wall=1
b = b''.join([b'x' * 10**6] * 10**5)
