# attack: str.replace under an instruction limit only: its work (charged before it runs) is over the budget, so it is refused at once
# expect: time_limit(instructions)  limits: instructions=500000 wall=5 memory=512M
s = 'ab' * (20 * 10 ** 6)
while True:
    u = s.replace('a', 'xy')
