from operator import attrgetter
class A:
    pass
attrgetter('nope')(A())
