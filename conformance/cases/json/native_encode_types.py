# Subclasses of the JSON types, dict subclasses with their own items(),
# sorting with mixed key types, and the default hook.
import json, collections
class I(int):
    def __repr__(self): return 'I!'
class F(float):
    def __repr__(self): return 'F!'
class S(str): pass
class D(dict):
    def items(self): return [('only', 1)]
class L(list):
    def __iter__(self): return iter([99])
print(json.dumps([I(3), F(0.5), S('s'), True, 2**70, -0.0, 1e22, 1e-7]))
print(json.dumps({S('k'): I(1), 2.5: 1, True: 2, None: 3, 7: 4}))
print(json.dumps(D(a=1)), json.dumps(L([1, 2])))
print(json.dumps(collections.OrderedDict([('z', 1), ('a', 2)])))
print(json.dumps(collections.OrderedDict([('z', 1), ('a', 2)]), sort_keys=True))
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}}, sort_keys=True, indent='--'))
print(json.dumps({2: 'x', 1: 'y'}, sort_keys=True))
try:
    json.dumps({1: 'x', 'a': 'y'}, sort_keys=True)
except TypeError as e:
    print('TypeError')
print(json.dumps({'s': {3, 1, 2}, 't': (1, 2)}, default=sorted))
print(json.dumps('é\u2028\x00\x7f'), json.dumps('é\u2028\x00\x7f', ensure_ascii=False))
print(json.dumps([1, [2, []], {}], indent=2, separators=(',', ': ')))
