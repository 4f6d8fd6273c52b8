# attack: sum() consumes an endless iterator in native code
# expect: time_limit  limits: instructions=1000000 wall=0.3
sum(iter(int, 1))
