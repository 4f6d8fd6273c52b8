# attack: '%*d' % (10**10, 1)
# expect: memory_limit  limits: memory=32M wall=1
s = '%*d' % (10**10, 1)
