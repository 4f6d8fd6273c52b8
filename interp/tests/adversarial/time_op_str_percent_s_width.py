# attack: '%30000000s' % 'a'
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
x = 'a'
while True:
    u = '%30000000s' % x
