# attack: except BaseException around a time bomb, then keep looping
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
# stdout: ""
while True:
    try:
        while True:
            pass
    except BaseException:
        print('caught')
