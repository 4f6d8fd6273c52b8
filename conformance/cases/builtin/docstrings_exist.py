# Every built-in function, type and method has a docstring (its text is
# not compared: only that it is a non-empty str).
import builtins, inspect
def has_doc(x):
    d = getattr(x, '__doc__', None)
    return isinstance(d, str) and len(d) > 0
funcs = ['abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'compile', 'delattr',
         'dir', 'divmod', 'eval', 'exec', 'format', 'getattr', 'globals', 'hasattr',
         'hash', 'hex', 'id', 'input', 'isinstance', 'issubclass', 'iter', 'len',
         'locals', 'max', 'min', 'next', 'oct', 'open', 'ord', 'pow', 'print', 'repr',
         'round', 'setattr', 'sorted', 'sum', 'vars', '__import__', '__build_class__']
print('functions without doc:', [f for f in funcs if not has_doc(getattr(builtins, f))])
types = [object, type, int, bool, float, complex, str, bytes, bytearray, tuple, list,
         dict, set, frozenset, range, slice, enumerate, zip, map, filter, reversed,
         memoryview, property, staticmethod, classmethod, super]
print('types without doc:', [t.__name__ for t in types if not has_doc(t)])
new_in_311 = {'isascii', 'removeprefix', 'removesuffix', 'hex', 'as_integer_ratio',
              'bit_count', 'is_integer', 'toreadonly', '__getstate__', '__init_subclass__',
              '__class_getitem__', '__reversed__', '__floor__', '__ceil__', '__set_name__',
              '__complex__', '__bytes__'}
missing = []
for t in types:
    for name, v in sorted(t.__dict__.items()):
        if name in new_in_311 or name.startswith('_') or not callable(v):
            continue
        if not has_doc(getattr(t, name)):
            missing.append(t.__name__ + '.' + name)
print('methods without doc:', missing)
print([n for n in ('__add__', '__mul__', '__iadd__', '__len__', '__getitem__', '__eq__', '__hash__', '__repr__')
       if hasattr(list, n) and not has_doc(getattr(list, n))])
print(has_doc(int.__new__), has_doc(object.__init__), has_doc(set.__ior__), has_doc(int.__index__))
print(has_doc([].append), has_doc((1).bit_length), has_doc('a'.upper), has_doc({}.get))
print(has_doc(5), has_doc('x'), has_doc([]), has_doc(ValueError), has_doc(ValueError('x')))
print(type(inspect.getdoc(len)), type(inspect.getdoc(str.split)), type(inspect.getdoc(dict)))
print(inspect.getdoc(len) == len.__doc__.strip() or '\n' in len.__doc__)
class Mine:
    "my doc"
    def m(self):
        "method doc"
def plain(): pass
print(Mine.__doc__, Mine().__doc__, Mine.m.__doc__, Mine().m.__doc__, plain.__doc__)
class NoDoc: pass
print(NoDoc.__doc__, NoDoc().__doc__)
print(int.__add__.__text_signature__, len.__doc__ is len.__doc__ or True)
print([t.__name__ for t in types if '__doc__' not in t.__dict__ or t.__dict__['__doc__'] != t.__doc__])
