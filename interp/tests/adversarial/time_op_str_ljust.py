# attack: 'a'.ljust(10**8)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'a'
while True:
    u = s.ljust(10 ** 8)
