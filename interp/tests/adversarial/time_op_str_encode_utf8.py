# attack: str.encode() of 60 MB
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
s = 'aé€' * (10 * 10 ** 6)
while True:
    s.encode()
