# attack: an endless loop in a class body
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
class C:
    while True:
        pass
