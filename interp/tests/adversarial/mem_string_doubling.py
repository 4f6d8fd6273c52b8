# attack: s += s
# expect: memory_limit  limits: memory=32M wall=1
s = 'x'
while True:
    s += s
