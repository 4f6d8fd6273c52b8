# attack: == of two 3*10**5-item dicts in a loop
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
a = dict.fromkeys(range(3 * 10 ** 5))
b = dict.fromkeys(range(3 * 10 ** 5))
while True:
    a == b
