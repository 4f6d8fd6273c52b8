# attack: max(range(10**12)) in native code
# expect: time_limit  limits: instructions=1000000 wall=0.3
# stdout: ""
print(max(range(10**12)))
