# attack: while 1: pass under a wall-clock limit only
# expect: time_limit(wall)  limits: wall=0.3
while 1:
    pass
