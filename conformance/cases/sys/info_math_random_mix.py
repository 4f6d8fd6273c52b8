import sys, math, random
print(sys.maxsize, sys.maxunicode, sys.byteorder, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(sys.version_info[:2] >= (3, 4), type(sys.hexversion).__name__, sys.implementation.name != '', type(sys.getsizeof([])).__name__, sys.getrecursionlimit() > 0, sys.intern('ab') == 'ab', type(sys.path).__name__, type(sys.modules).__name__, 'sys' in sys.modules)
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
sys.setrecursionlimit(2000); print(sys.getrecursionlimit())
print(sys.float_info.mant_dig, sys.float_info.radix, sys.float_info.min_exp, repr(sys.float_info.min), sys.argv[0].endswith('.py'))
print(math.factorial(20), math.gcd(12, 8) if hasattr(math, 'gcd') and sys.version_info >= (3, 5) else 4, math.isfinite(1.0), math.log(8, 2), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10), math.hypot(3, 4), math.copysign(1, -0.0), math.fmod(7, -3), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-2.5), math.fsum([0.1] * 10), math.erf(0.5), math.gamma(5), math.lgamma(10), math.trunc(-2.7), math.degrees(math.pi), math.atan2(1, -1))
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.choice('abcdef'), random.sample(range(100), 5), random.uniform(1, 2), random.getrandbits(70))
l = list(range(10)); random.shuffle(l); print(l, random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 3))
random.seed('hello'); print(random.random()); st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
r = random.Random(99); print(r.randint(0, 10**20), r.choice([1, 2, 3]))
