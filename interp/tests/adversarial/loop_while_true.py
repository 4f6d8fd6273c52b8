# attack: plain while True: pass
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
# deterministic: run twice, same stdout and instruction count
while True:
    pass
