# attack: str.encode('latin-1') of 2*10**7 non-ASCII chars
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
s = 'é' * (2 * 10 ** 7)
while True:
    s.encode('latin-1')
