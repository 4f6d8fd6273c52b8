# attack: multiplying 10**5-digit ints forever
# expect: time_limit  limits: instructions=100000000 wall=0.3 memory=64M
x = 3 ** 200000
while True:
    y = x * x
