# attack: str.translate of 10 MB through a dict table (a lookup per char)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'ab' * (5 * 10 ** 6); t = str.maketrans('ab', 'cd')
while True:
    u = s.translate(t)
