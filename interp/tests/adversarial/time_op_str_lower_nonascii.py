# attack: str.lower of a 9 MB non-ASCII str
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'aÉ' * (3 * 10 ** 6)
while True:
    u = s.lower()
