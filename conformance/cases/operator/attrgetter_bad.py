from operator import attrgetter
attrgetter(1)
