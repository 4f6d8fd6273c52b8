# sys's struct sequences: tuple subclasses with named read-only fields.
import copy
import sys

fi = sys.float_info
print(repr(fi) == str(fi), repr(fi).startswith('sys.float_info(max=1.7976931348623157e+308, max_exp=1024'))
print(type(fi).__module__, type(fi).__name__, type(fi).__qualname__, type(fi).__bases__)
print(fi.n_fields, fi.n_sequence_fields, fi.n_unnamed_fields, len(fi))
print(fi.epsilon == fi[8], fi.min, fi[-1], fi[1:3], fi == tuple(fi), hash(fi) == hash(tuple(fi)))
r = fi.__reduce__()
print(r[0] is type(fi), r[1][0] == tuple(fi))
print(copy.copy(fi) == fi, type(copy.copy(fi)) is type(fi))
print(isinstance(sys.int_info, tuple), sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
hi = sys.hash_info
print(hi.n_fields, hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi[5] == hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff)
vi = sys.version_info
print(type(vi).__name__, type(vi).__module__, type(vi).n_fields, len(vi), vi.major, vi[0] == vi.major)
print(vi >= (3,), vi[:1], isinstance(vi.releaselevel, str), vi.serial == vi[4])
print(repr(vi).startswith('sys.version_info(major=3, minor='), type(vi).major.__get__(vi) == 3)
print(type(fi) is not type(hi), type(sys.float_info) is type(fi))
