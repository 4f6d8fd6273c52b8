# attack: freeing a list nested 3*10**5 deep again and again (iterative, paced free of a deep chain)
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
while True:
    a = None
    for i in range(3 * 10 ** 5):
        a = [a, i]
