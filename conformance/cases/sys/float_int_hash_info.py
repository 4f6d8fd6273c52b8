import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(len(fi), fi[0] == fi.max, isinstance(fi, tuple), type(fi).__name__, fi.n_fields)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.int_info[:2])
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.hash_bits, hi.seed_bits, hash(float('inf')) == hi.inf, 2**61 - 1 == hi.modulus)
print(sys.maxsize, sys.maxunicode, sys.byteorder)
