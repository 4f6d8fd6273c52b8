# The types and reprs of native callables: functions, method descriptors,
# slot wrappers, method-wrappers, class-method descriptors and __new__.
import re


def norm(r):
    return re.sub(r'0x[0-9a-f]+', '0xADDR', r)


for v in [len, [].append, list.append, object.__init__, int.__add__, (1).__add__,
          dict.__dict__['fromkeys'], dict.fromkeys, int.__new__, object.__new__,
          str.__dict__['__add__'], 'a'.upper, str.upper, (2.5).__mul__]:
    print(type(v).__name__, norm(repr(v)))
print(type([].append) is type(len), type(list.append) is type(str.upper))
print(type(int.__add__) is type(object.__init__), type((1).__add__) is type('a'.__eq__))
print(int.__dict__['__new__'] is int.__new__, (5).__new__ is int.__new__)
