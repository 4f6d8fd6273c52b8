# attack: sum(range(10**12)) loops 10**12 times in native code
# expect: time_limit  limits: instructions=1000000 wall=0.3
# stdout: ""
print(sum(range(10**12)))
