# attack: bytearray(10**12)
# expect: memory_limit  limits: memory=32M wall=1
b = bytearray(10**12)
