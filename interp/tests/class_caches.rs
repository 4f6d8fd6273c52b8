//! Class attribute caches and the native `abc` (`_kaa_abc`): a change to
//! a class reaches its subclasses' cached lookups and attribute hooks, ABCs
//! behave as CPython 3.4's pure-Python `abc`, and `getattr` with a default
//! keeps its semantics without building exceptions. Expected output is
//! python3's, with 3.4's wording where 3.11 differs (abstract-class and
//! namedtuple `__new__` messages).

use kaa_interp::api::{Config, Interpreter, Limits, Status};

fn run(src: &str) -> String {
    let config = Config {
        limits: Limits::unlimited(),
        ..Config::default()
    };
    let out = Interpreter::new(config).run(src);
    assert_eq!(out.status, Status::Ok, "stderr: {}", out.stderr);
    out.stdout
}

const PROGRAM: &str = r#"class A:
    x = 1
    def m(self): return 'A.m'
class B(A): pass
class C(B): pass
c = C()
print(c.x, c.m(), C.x)
A.x = 2
A.m = lambda self: 'new A.m'
print(c.x, c.m(), C.x, B.x)
B.x = 3
print(c.x, A.x, C.x)
del B.x
print(c.x)
A.__getattr__ = lambda self, name: 'dyn ' + name
print(c.missing, B().other)
del A.__getattr__
try:
    c.missing
except AttributeError as e:
    print('AttributeError', e)
class D:
    pass
d = D()
D.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 2)
class E(D): pass
e = E()
e.v = 5
print(e.v)
class Meta(type): pass
class F(metaclass=Meta): pass
print(F.__name__)
Meta.attr = 'meta'
print(F.attr)
import abc
class Base(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self): pass
    @property
    @abc.abstractmethod
    def name(self): pass
class Impl(Base):
    def run(self): return 'run'
try:
    Impl()
except TypeError as e:
    print(e)
class Impl2(Impl):
    name = 'x'
print(Impl2().run(), Impl2.__abstractmethods__)
class V: pass
print(issubclass(V, Base), isinstance(V(), Base))
Base.register(V)
print(issubclass(V, Base), isinstance(V(), Base), issubclass(V, Impl))
class W(V): pass
print(issubclass(W, Base))
def f(): pass
print(getattr(f, 'nope', 'default'), hasattr(f, 'nope'), getattr(1, 'real', None))
class G:
    def __getattr__(self, n):
        if n == 'special': return 42
        raise AttributeError(n)
print(getattr(G(), 'special', 0), getattr(G(), 'other', 0))
class P:
    @property
    def boom(self): raise AttributeError('inner')
print(getattr(P(), 'boom', 'fallback'))
from collections import namedtuple
Pt = namedtuple('Pt', 'x y')
Pt2 = namedtuple('Pt', 'x y')
print(Pt(1, 2), Pt2(y=3, x=4), Pt is Pt2)
try:
    Pt(1)
except TypeError as e:
    print(e)
"#;

const EXPECTED: &str = r#"1 A.m 1
2 new A.m 2 2
3 2 3
2
dyn missing dyn other
AttributeError 'C' object has no attribute 'missing'
10
F
meta
Can't instantiate abstract class Impl with abstract methods name
run frozenset()
False False
True True False
True
default False 1
42 0
fallback
Pt(x=1, y=2) Pt(x=4, y=3) False
__new__() missing 1 required positional argument: 'y'
"#;

#[test]
fn class_changes_reach_subclasses_and_abcs_work() {
    assert_eq!(run(PROGRAM), EXPECTED);
}

#[test]
fn abc_state_does_not_leak_between_runs() {
    // The second run must see a fresh collections.abc: no registration,
    // cache entry or invalidation count left by the first.
    let first = "import abc, collections.abc as c\nclass X: pass\nc.Sequence.register(X)\nprint(issubclass(X, c.Sequence), abc.get_cache_token() > 0)\n";
    let probe = "import abc, collections.abc as c\nprint(sorted(t.__name__ for t in c.Sequence._abc_registry), abc.get_cache_token())\n";
    let before = run(probe);
    assert_eq!(run(first), "True True\n");
    assert_eq!(run(probe), before);
}
