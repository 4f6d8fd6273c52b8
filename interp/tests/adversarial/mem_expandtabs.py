# attack: expandtabs with a huge tab size
# expect: memory_limit|runtime_error(MemoryError)  limits: memory=32M wall=1
s = 'a\tb'.expandtabs(10**10)
