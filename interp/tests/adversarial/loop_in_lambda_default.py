# attack: the loop sits in a default argument expression
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
def spin():
    while True:
        pass

def f(x=spin()):
    return x
