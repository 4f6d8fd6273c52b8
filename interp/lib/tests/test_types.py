import types
import sys
from kaa_check import show, py34, show_error_type

def f():
    pass
def g():
    yield 1
class C:
    def m(self):
        pass
show("function", lambda: (isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), types.FunctionType is types.LambdaType))
show("generator", lambda: (isinstance(g(), types.GeneratorType), isinstance(f, types.GeneratorType)))
show("method", lambda: (isinstance(C().m, types.MethodType), isinstance(C.m, types.MethodType)))
show("builtin", lambda: (isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType)))
show("module", lambda: (isinstance(sys, types.ModuleType), types.ModuleType('mymod').__name__))
show("code", lambda: isinstance(f.__code__, types.CodeType))
try:
    raise ValueError
except ValueError:
    tb = sys.exc_info()[2]
show("traceback", lambda: (isinstance(tb, types.TracebackType), isinstance(tb.tb_frame, types.FrameType)))
show("descriptors", lambda: (isinstance(types.FunctionType.__code__, types.GetSetDescriptorType),
                             isinstance(types.FunctionType.__globals__, types.MemberDescriptorType)))
ns = types.SimpleNamespace(b=2, a=1)
ns.c = [3]
py34("ns repr", lambda: ns, "namespace(a=1, b=2, c=[3])")  # 3.4 sorts the keys
show("ns attrs", lambda: (ns.a, ns.b, ns.c, sorted(vars(ns).items())))
show("ns eq", lambda: (types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2), types.SimpleNamespace() != types.SimpleNamespace(y=0)))
show("ns empty", lambda: repr(types.SimpleNamespace()))
show("ns positional", lambda: types.SimpleNamespace(1))
del ns.b
show("ns del", lambda: sorted(vars(ns)))
# CPython names the C type types.SimpleNamespace in these two messages.
show_error_type("ns missing", lambda: ns.zz)
show_error_type("ns hash", lambda: hash(types.SimpleNamespace()))
rec = types.SimpleNamespace()
rec.me = rec
show("ns rec", lambda: repr(rec))
class NS(types.SimpleNamespace):
    pass
show("ns sub repr", lambda: repr(NS(q=1)))
mp = types.MappingProxyType({'a': 1, 'b': 2})
show("mp", lambda: (mp['a'], len(mp), 'b' in mp, sorted(mp), mp.get('z', 0), sorted(mp.items()), sorted(mp.keys()), sorted(mp.values()), mp.copy()))
show("mp set", lambda: mp.__setitem__('c', 3))
show("mp missing", lambda: mp['zz'])
show("mp bad", lambda: types.MappingProxyType([1]))
show("mp eq", lambda: mp == {'a': 1, 'b': 2})
show("mp type", lambda: type(type.__dict__) is types.MappingProxyType)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'prepared': kw}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
K = types.new_class('K', (object,), {'metaclass': Meta, 'flag': 1}, lambda ns: ns.update(x=5))
show("new_class", lambda: (K.__name__, K.x, K.prepared, type(K).__name__))
show("new_class plain", lambda: types.new_class('P').__mro__)
show("prepare_class", lambda: types.prepare_class('X', (int,)))
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
show("meta conflict", lambda: types.new_class('AB', (A, B)))
class DCA:
    @types.DynamicClassAttribute
    def name(self):
        return 'instance'
show("dca", lambda: (DCA().name, hasattr(DCA, 'name')))
