# attack: min/max/sum/any/all over huge ranges and lists, in a loop
# expect: time_limit(wall)  limits: wall=0.5 memory=256M
a = list(range(3 * 10 ** 6))
while True:
    min(a)
    max(a)
    sum(a)
    all(a[1:])
    min(range(10 ** 12))
