a = -(2 ** 70) + 5
print(a & 0xFFFF, a | 3, a ^ -1, ~a)
