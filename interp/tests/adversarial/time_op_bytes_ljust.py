# attack: b'a'.ljust(10**8)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
b = b'a'
while True:
    c = b.ljust(10 ** 8)
