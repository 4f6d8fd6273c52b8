# attack: hash() of a fresh 40 MB str in a loop
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'ab' * (20 * 10 ** 6)
while True:
    hash(s[1:])
