import sys
a = sys.intern('hello world ' + str(42))
b = sys.intern('hello world 42')
print(a is b, a == b)
try:
    sys.intern(5)
except TypeError:
    print('TypeError')
