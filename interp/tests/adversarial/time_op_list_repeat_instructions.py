# attack: list repeat under an instruction limit only
# expect: time_limit(instructions)  limits: instructions=2000000 wall=5 memory=512M
a = [0] * 100
while True:
    b = a * (10 ** 5)
