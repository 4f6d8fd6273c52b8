# attack: print(*range(10**6))
# (CPython 3.4 itself needs ~36 MB for the 10**6 star-arguments, over the
# 32 MiB limit, so the memory limit may end it before the output limit)
# expect: output_limit|memory_limit  limits: output=100000 memory=32M wall=1
print(*range(10**6))
