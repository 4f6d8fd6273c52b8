# attack: format(1, '>30000000')
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
x = 1
while True:
    u = format(x, '>30000000')
