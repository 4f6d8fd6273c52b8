# attack: str.encode('utf-32-be') of 2*10**7 non-ASCII chars (session 6: paced)
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
s = 'é' * (2 * 10 ** 7)
while True:
    s.encode('utf-32-be')
