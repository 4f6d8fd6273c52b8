from itertools import islice
islice('abc', 0, 2, 0)
