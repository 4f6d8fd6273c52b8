# attack: 'a'.center(3*10**7, '€')
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'a'
while True:
    u = s.center(3 * 10 ** 7, '€')
