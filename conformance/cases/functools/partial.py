from functools import partial
def power(base, exp):
    return base ** exp
sq = partial(power, exp=2)
two_to = partial(power, 2)
print(sq(5), two_to(10), sq.keywords, two_to.args)
