# Big-number op: multiplying two large powers.
total = 0
for i in range(20):
    x = 2 ** 100000 * 3 ** (100000 + i)
    total ^= x.bit_length() + (x & 0xffff)
print(total)
