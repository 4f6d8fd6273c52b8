# attack: '{:>30000000}'.format(1)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
x = 1
while True:
    u = '{:>30000000}'.format(x)
