# attack: rebinding a dict of 10**6 int keys to one-item tuples: the dict's free goes through every value
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
while True:
    d = dict(zip(range(10 ** 6), zip(range(10 ** 6))))
