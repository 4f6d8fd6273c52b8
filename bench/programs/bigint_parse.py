# Big-number op: parse a 100,000-digit decimal string.
n = int('9' * 100000)
print(n.bit_length(), n % 1000000007)
