# attack: int() of a digit string grown by doubling
# expect: memory_limit|time_limit(wall)  limits: memory=32M wall=0.5
s = '9'
while True:
    s += s
    n = int(s)
