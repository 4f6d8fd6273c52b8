# attack: str.replace under an instruction limit only: refused before it runs
# expect: time_limit(instructions)  limits: instructions=2000000 wall=5 memory=512M
s = 'ab' * (20 * 10 ** 6)
while True:
    u = s.replace('a', 'xy')
