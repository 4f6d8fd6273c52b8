# attack: bytes.decode('latin-1') of 38 MB
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
b = bytes(range(256)) * 150000
while True:
    b.decode('latin-1')
