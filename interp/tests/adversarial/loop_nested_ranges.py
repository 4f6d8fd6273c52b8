# attack: nested for loops over huge ranges
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
for i in range(10**9):
    for j in range(10**9):
        pass
