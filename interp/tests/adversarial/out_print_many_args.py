# attack: print(*range(10**6))
# expect: output_limit  limits: output=100000 memory=32M wall=1
print(*range(10**6))
