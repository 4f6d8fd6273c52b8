# Native modules have the module attributes dir() shows in CPython; only
# presence and types are checked (their spec objects differ; Kaa has no
# __loader__ objects for them).
import math, sys, cmath, struct, time, gc, builtins
for m in (math, sys, cmath, struct, time, gc, builtins):
    names = [n for n in ('__doc__', '__name__', '__package__', '__spec__') if n not in dir(m)]
    print(m.__name__, names, isinstance(m.__doc__, str) and len(m.__doc__) > 0, repr(m.__package__))
print(repr(sys), repr(builtins))
