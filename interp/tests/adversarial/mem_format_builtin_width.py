# attack: format(1.5, '10000000000.3f')
# expect: memory_limit|runtime_error(MemoryError)  limits: memory=32M wall=1
s = format(1.5, '10000000000.3f')
