# attack: eval of an endless generator expression consumed by any()
# expect: time_limit  limits: instructions=1000000 wall=0.3
eval('any(x for x in iter(int, 1))')
