# attack: '%*d' % (10**10, 1)
# expect: memory_limit|runtime_error(MemoryError)  limits: memory=32M wall=1
s = '%*d' % (10**10, 1)
