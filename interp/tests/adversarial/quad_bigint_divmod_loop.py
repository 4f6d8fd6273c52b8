# attack: dividing huge ints forever
# expect: time_limit  limits: instructions=100000000 wall=0.3 memory=64M
x = 7 ** 400000
y = 3 ** 200000
while True:
    q, r = divmod(x, y)
