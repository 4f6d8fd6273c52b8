# attack: exec of a time bomb inside try/except, then print
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
# stdout: ""
try:
    exec('while True: pass')
except:
    pass
print('after')
