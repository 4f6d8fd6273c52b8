import heapq, copy, calendar, array, io, types, abc, os, bisect, operator, keyword, numbers
arr = array.array('i', [1, 2, 3]); arr.append(4); arr.extend([5]); print(arr, arr.tolist(), arr.itemsize, arr.typecode, arr[1:3], len(arr), arr.tobytes()[:4], array.array('d', [1.5]) * 2, array.array('u', 'ab').tounicode(), arr.index(3), arr.count(1))
b = io.BytesIO(b'ab\ncd'); print(b.readline(), b.read(), b.tell(), b.seek(0), b.read(1), b.getvalue())
s = io.StringIO(); s.write('x\ny'); s.seek(0); print(s.readlines(), s.getvalue(), io.StringIO('a\nb').read().split())
print(types.SimpleNamespace(a=1, b=2), type(lambda: 0) is types.FunctionType, isinstance((x for x in []), types.GeneratorType), types.MappingProxyType({'a': 1})['a'], type(len) is types.BuiltinFunctionType, types.ModuleType('m').__name__)
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class Impl(Base):
    def f(self): return 1
print(Impl().f(), isinstance(Impl(), Base), Base.__abstractmethods__ == frozenset({'f'}))
Base.register(int); print(issubclass(int, Base), isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), issubclass(complex, numbers.Number))
print(os.path.join('a', 'b', 'c'), os.path.splitext('x/y.tar.gz'), os.path.basename('/a/b.py'), os.path.dirname('/a/b.py'), os.path.normpath('a//b/../c'), os.sep, os.path.isabs('/x'), os.path.split('a/b'), sorted(os.environ.keys()) == sorted(os.environ.keys()))
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(3), operator.methodcaller('upper')('a'), operator.add(1, 2), operator.neg(3), operator.contains([1], 1), keyword.iskeyword('for'), keyword.iskeyword('print'))
try:
    Base()
except TypeError as e:
    print('TypeError')
