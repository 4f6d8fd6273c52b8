# attack: except TimeoutError / Exception around a time bomb
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
# stdout: ""
try:
    while True:
        pass
except (TimeoutError, Exception):
    print('caught')
