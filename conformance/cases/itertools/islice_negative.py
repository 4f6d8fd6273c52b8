from itertools import islice
islice('abc', -1)
