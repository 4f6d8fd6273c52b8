# attack: bare except around a wall-clock bomb, then loop again
# expect: time_limit(wall)  limits: wall=0.3
# stdout: ""
for attempt in range(100):
    try:
        while True:
            pass
    except:
        print('caught')
