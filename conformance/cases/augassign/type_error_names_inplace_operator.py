# a failing augmented assignment names the in-place operator ('+=')
class NoAdd(object):
    pass
def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, e)
def add():
    t = 0
    t += 'a'
def sub():
    t = 5.5
    t -= 'x'
def mul():
    t = None
    t *= 2
def pw():
    t = 2
    t **= 'x'
def fdiv():
    t = 1
    t //= []
def shift():
    t = 1
    t <<= 1.5
def obj():
    t = NoAdd()
    t += 1
def bits():
    t = {1}
    t |= [2]
attempt('+=', add)
attempt('-=', sub)
attempt('*=', mul)
attempt('**=', pw)
attempt('//=', fdiv)
attempt('<<=', shift)
attempt('obj', obj)
attempt('|=', bits)
total = 0
total += 'x'
