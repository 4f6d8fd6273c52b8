# attack: split of a 20 MB string into 10**7 small strings
# expect: memory_limit  limits: memory=32M wall=1
a = ('x ' * 10**7).split()
