# attack: str.lower of a 30 MB non-ASCII str
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'aÉ' * (10 ** 7)
while True:
    u = s.lower()
