# Generated: nested statement trees, set 67.
class Cls1:
    self + (0O64564 ^ 98165.351113)
    pass
    key = (obj - y | r'\d' / z) >> (print or n or 's' for c in len)

for [p, q] in 782549.618379 + j & .5e+98 >> data:
    größe = [x, y] = 'a' 'b'
a, *b = 9.E+270 + value or b'b' is 0.000000000000000000001 or b'b' / (0.0000000001); obj.attr = r'\d' ** x
def fn2(*args: list, p0=a.b, p1: None):
    loc3 = 0
    if ():
        global g3
        yield
    elif (print or π) and not 0x1908A0572D581dff84803063:
        await.value = CamelCase
        pass
        assert CamelCase, async + (.126031249)
    else:
        n = await | ("d" | (255194811.0))
    global g3

try:
    try:
        pass; a, *b = print, self = ~ i
        @a.b
        def fn4(*, p0, p1=(1, 2)):
            loc5 = 0
            count %= [not 10000000000000000000000 for items in (0O3) and len and print if n not in x for key in obj for count, größe in _ ^ _ if i | 0b0110110110100011100010101011001110100011] & obj
            z = (yield); 0 | 0
            return __x(j ^ 0o16662005300636173370 if _ == 0o5541232210011 else value, *0xcF0F0168D0e6E2822cf9fd718Fe - False ^ (0x3adc3e6fECFbC9A0EfB8DddbeeC8 and items), sep=z(b and __x for snake_case_name in 0), **27744626954242 ^ n / (9.E-253))(z & self and 0xC8dacEBdAaeB8E3bA7CAFdF9BCb4de, async(*-None, key=CamelCase or CamelCase)(z, not 0B101100011001001110000010100001, CamelCase, sep=a ^ b, key=b and größe and 0J))
    except mod.Error as err:
        if 263848.226142 ** items:
            del x
        elif items ** '''t''' and ~__x:
            True > 0000 < 'é' >= self
        elif not (a and j and len):
            assert not (n if print else größe) * 0x565ee8cC5A1d50
        n = (0xcA6E71dE3be5FdaFdE9CE36) ** 69802721. ^ (... or items) and n << CamelCase >= ('\n' and '\n') is ~value
        @deco
        def fn6(*args, p0=(1, 2), p1, **kwargs):
            loc7 = 0
            try:
                global g3, g2
                await = c
                global counter
            finally:
                ~ (not ('é' or snake_case_name))
            def fn8(p0, p1: f(1), *args):
                loc9 = 0
                a, *b = _
                π = _[::]
                pass
    except (KeyError, IndexError):
        class Cls10():
            pass
            if True[00 if False else True][größe ** False, :0o741:z >> async]:
                z & self
            elif (lambda p0, p1=..., p2=None, *, p3=x + 1, **kwargs: data):
                pass
            elif ((2.5e-66) if .5E-172 else 'a' 'b') or (len or z) or not r'\d':
                not ~218459.94374
finally:
    k = not print
    (not None) & "d" & (snake_case_name - False if 0b100100101110000101010001101101100001010000001101100011010000000 / True else .745454413)
