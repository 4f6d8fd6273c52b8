import pprint
import sys
from kaa_check import show, py34

data = {'name': 'kaa', 'numbers': list(range(30)), 'nested': {'b': [1, 2, {'z': 26, 'y': (25, 24)}], 'a': 'x' * 40},
        'tuple': tuple(range(12)), 'set': {5, 3, 1, 4, 2}, 'frozen': frozenset([10, 30, 20]), 'empty': [], 'e2': {},
        'one': (1,), 'words': ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa']}
for width in (80, 60, 40, 20, 5, 200):
    print("width", width)
    print(pprint.pformat(data, width=width))
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=40))
print(pprint.pformat(list(range(50)), width=30, compact=True))
print(pprint.pformat([[1, 2, 3]] * 6 + ['abc' * 5] * 3, width=40, compact=True))
pprint.pprint(data, width=50)
pprint.pprint({'z': 1, 'a': 2})
pprint.pprint(list(range(40)), stream=sys.stdout, indent=2)
rec = [1, 2]
rec.append(rec)
show("recursive saferepr", lambda: pprint.saferepr(rec).startswith('[1, 2, <Recursion on list with id='))
show("isrecursive", lambda: (pprint.isrecursive(rec), pprint.isrecursive([1, [2]])))
show("isreadable", lambda: (pprint.isreadable([1, 'a', (2,)]), pprint.isreadable(rec), pprint.isreadable(object())))
show("saferepr", lambda: (pprint.saferepr({'b': 1, 'a': [2, (3,)]}), pprint.saferepr('str'), pprint.saferepr(())))
drec = {}
drec['self'] = drec
out = pprint.pformat(drec)
show("dict recursion", lambda: out.startswith("{'self': <Recursion on dict with id="))
show("mixed keys", lambda: pprint.pformat({1: 'a', 'b': 2, (3,): None, None: 0}))
show("unsortable", lambda: pprint.pformat([{3, 'a'}]) in ("[{3, 'a'}]", "[{'a', 3}]"))
class L(list):
    pass
show("subclass list", lambda: pprint.pformat(L(range(40))))
class R(list):
    def __repr__(self):
        return 'R!'
show("custom repr", lambda: pprint.pformat([R(range(40))] * 3, width=10))
pp = pprint.PrettyPrinter(indent=2, width=30)
show("printer", lambda: (pp.pformat({'key%d' % i: i for i in range(5)}), pp.isrecursive([]), pp.isreadable([1])))
# 3.4 checks these with assert statements.
py34("bad indent", lambda: pprint.PrettyPrinter(indent=-1), "AssertionError: indent must be >= 0")
py34("bad depth", lambda: pprint.PrettyPrinter(depth=0), "AssertionError: depth must be > 0")
py34("bad width", lambda: pprint.PrettyPrinter(width=0), "AssertionError: width must be != 0")
import collections
py34("ordereddict", lambda: pprint.pformat(collections.OrderedDict((str(i), i) for i in range(20)), width=40),
     repr("OrderedDict([('0', 0), ('1', 1), ('2', 2), ('3', 3), ('4', 4), ('5', 5), ('6', 6), ('7', 7), ('8', 8), ('9', 9), ('10', 10), ('11', 11), ('12', 12), ('13', 13), ('14', 14), ('15', 15), ('16', 16), ('17', 17), ('18', 18), ('19', 19)])"))
py34("long string", lambda: pprint.pformat(['word ' * 30], width=40), repr("['word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ']"))
# No randomised layouts: 3.4 splits a line when len(repr) > width - 1 - indent
# - allowance, python3 when len(repr) > width - indent - allowance, so
# boundary cases legitimately differ.
