# attack: str.capitalize() of 1.5*10**7 non-ASCII chars
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
s = 'éA ' * (5 * 10 ** 6)
while True:
    s.capitalize()
