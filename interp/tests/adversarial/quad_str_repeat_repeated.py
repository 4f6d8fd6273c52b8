# attack: 'xyz' * 10**6 forever (native repeat)
# expect: time_limit  limits: instructions=100000000 wall=0.3 memory=64M
while True:
    s = 'xyz' * 10**6
