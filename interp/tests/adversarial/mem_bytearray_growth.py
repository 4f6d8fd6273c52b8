# attack: bytearray += 64 KiB in a loop
# expect: memory_limit  limits: memory=32M wall=1
b = bytearray()
while True:
    b += b'x' * 65536
