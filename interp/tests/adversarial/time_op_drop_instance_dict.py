# attack: an instance whose __dict__ holds 3*10**5 fresh str attributes, dropped again and again (the instance dict is an ordinary dict: its entries go through the paced free)
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
class C:
    pass
keys = [str(i) for i in range(3 * 10 ** 5)]
while True:
    o = C()
    o.__dict__.update(zip(keys, map(str, keys)))
    o = None
