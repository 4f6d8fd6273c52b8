# attack: rebinding a name to a fresh 10**5-item list of 100-item lists frees the previous one (~180 MB) inside the STORE: freeing is paced by the deadline, the rest is left to the teardown
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
while True:
    a = [[0] * 100 for _ in range(10 ** 5)]
