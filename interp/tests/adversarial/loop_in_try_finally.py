# attack: while 1: pass inside try/finally
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
# stdout: ""
try:
    while 1:
        pass
finally:
    print('finally must not run after a limit')
