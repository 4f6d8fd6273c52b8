# attack: str.translate of 40 MB through a dict table
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'ab' * (20 * 10 ** 6); t = str.maketrans('ab', 'cd')
while True:
    u = s.translate(t)
