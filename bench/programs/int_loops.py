# Integer arithmetic in nested while/for loops.
def collatz_total(limit):
    total = 0
    n = 1
    while n < limit:
        x = n
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            total += 1
        n += 1
    return total


def triple_loop(k):
    acc = 0
    for i in range(k):
        for j in range(k):
            acc += (i * j) % 7 - (i ^ j)
    return acc


print(collatz_total(15000), triple_loop(220))
