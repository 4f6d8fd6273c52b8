# attack: an endless loop that allocates and frees, wall limit only
# expect: time_limit(wall)  limits: wall=0.3
while True:
    x = [1] * 1000
    y = {'k': x}
