from itertools import tee
tee([1], -1)
