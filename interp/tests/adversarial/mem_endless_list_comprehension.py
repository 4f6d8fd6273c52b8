# attack: a list comprehension over an endless iterator
# expect: memory_limit|time_limit(wall)  limits: memory=16M wall=2
a = [0 for _ in iter(int, 1)]
