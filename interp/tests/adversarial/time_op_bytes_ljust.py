# attack: b'a'.ljust(3*10**7)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
b = b'a'
while True:
    c = b.ljust(3 * 10 ** 7)
