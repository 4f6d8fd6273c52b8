# attack: '{:10000000000}'.format(1)
# expect: memory_limit|runtime_error(MemoryError)  limits: memory=32M wall=1
s = '{:10000000000}'.format(1)
