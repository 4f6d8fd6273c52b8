# int/float/complex attributes are descriptors on the type (CPython getset/member descriptors)
print(int.real, type(int.real).__name__)
print(int.numerator, int.denominator, int.imag)
print(float.real, float.imag, type(float.real).__name__)
print(complex.real, complex.imag, type(complex.imag).__name__)
print(int.real.__get__(5), int.numerator.__get__(7), int.denominator.__get__(7), int.imag.__get__(3))
print(int.real.__get__(True), type(int.real.__get__(True)).__name__)
print(float.imag.__get__(2.5), complex.real.__get__(3+4j), complex.imag.__get__(3+4j))
print(int.real.__get__(None, int) is int.real)
print(int.real.__name__, int.real.__qualname__)
print(int.__dict__['real'] is int.real, 'numerator' in dir(5), 'imag' in dir(1.5))
print((2**100).numerator == 2**100, (2**100).denominator, True.real, (1.5).real)
class I(int):
    pass
print(int.real.__get__(I(9)), I(9).real, type(I(9).real).__name__)
for bad in ("'x'", '2.5'):
    try:
        int.real.__get__(eval(bad))
    except TypeError as e:
        print('TypeError', type(e).__name__)
try:
    int.real.__set__(5, 3)
except AttributeError as e:
    print('AttributeError:', e)
try:
    (5).real = 3
except AttributeError as e:
    print('AttributeError:', e)
