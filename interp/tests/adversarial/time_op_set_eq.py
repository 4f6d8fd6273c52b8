# attack: == of two 3*10**5-item sets in a loop
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
a = set(range(3 * 10 ** 5))
b = set(range(3 * 10 ** 5))
while True:
    a == b
