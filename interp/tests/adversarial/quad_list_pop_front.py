# attack: list.pop(0) until a 10**6-item list is empty, repeated
# expect: time_limit  limits: instructions=100000000 wall=0.3 memory=64M
while True:
    a = list(range(10**6))
    while a:
        a.pop(0)
