# attack: str.encode('latin-1', 'replace') of 2*10**7 chars above 255
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
s = '€' * (2 * 10 ** 7)
while True:
    s.encode('latin-1', 'replace')
