# Generated: nested statement trees, set 59.
class Cls1(Base):
    @wraps(f)
    def fn2(**kwargs: list):
        loc3 = 0
        c, y = items
        assert len / __x not in len <= 'a' 'b' | data, +len
        del [x]
    for (a, b) in data >= k or π + j:
        _, result = await.append = (π in z < async != __x) / (x & '\n') or (510365.587422 if '\n' else __x) // x or None + größe and x ** 0.000000000001 and (async or node or 0)
        del a, b
if ('\n' if 1e22 else b'b') if node | n else (0B1011001010111010010000001111010110010100011):
    pass
    if (z and '\n' and '\n') & 00:
        @deco
        @a.b
        def fn4(p0, p1, p2: str = -1, *, p3: "doc"=(1, 2), p4: str=a.b, **kwargs: [int]):
            loc5 = 0
            assert [].next - ((items ^ (0E+249)) << ((000) if count else 0Xb7F4b42AcF7EBD85)), 'é' ^ key
        del [x]
    elif (x >> j) ** (snake_case_name or 0.000000000000000001):
        (lambda *a, **k: snake_case_name) // 149j
        class Cls6(*bases):
            if 9.E-21 - (not value):
                (z ^ z) ** c
                count.items = z(b'b' ** 000, **lambda p0=None, *args: 'a' 'b')
                del a, b
            elif név(items, b & 000, k=... & key)(key << r'\d', u'u' ^ 582238.286303, default=False >> async):
                len.left(név + 0 and (result and név) and (items if név else π), (név for async in .5E273 | (434316383155291088) if count if self or 913149853.0 or k for (count, j) in j << 0o64473023521073 for async in (a if 0b100100000011111110111010000000101011111110011000100111010011111000001 else key) if 659j >= 5e-324 in _), (266j and n and total) / 0o0302454660734750370657424 ** data, default='a' 'b' << '''t''' | (0e+162 == 0B1110000101011010110111011100111001111110000111101101000001100 > 204907097. < π), end=('\n' and obj and print) >> ('a' 'b' | j))
                assert 0000 ** 382907331.0
            elif (név ^ 0b00010101010010 if x else .796476855 ^ 0e220j):
                k.left = (x & 10000000000000000000000000) + x | (not print and (42j if 940960.377649j else r'\d')); key.value = név = u'u'
    elif (000 & 0000) + (r'\d' & 0b1100011110011001100110001011110011101):
        for k, v in z << __x ** '\n':
            @x.y.z()
            @x.y.z()
            def fn7():
                loc8 = 0
                assert lambda p0, p1, *args, p2, p3: b, (20963312. and u'u') & (CamelCase if len else False)
            if -größe or data + obj or 1e23:
                assert not 'é', '''t''' & node
                break
                del a[1:2]
            elif 'é' * True | (len or "d"):
                x, x = total = b'b' ** größe
                async = y & (0B111110011111100000001100101000111)
            else:
                __x = b = (not key) >> + 1e373
                größe = __x, _ = (lambda *, p0=(), **kwargs: 910220.882000) >> ((b if 0 else i) ^ False / 'a' 'b')
            break
        with r'\d'[__x ** await:][not '''t'''] as (a, b):
            assert 68j
            key, len = print = (((0xC74eF6) if async else k) if (π if 'é' else False) else not π for (π, async) in (b is count) - (not 0000) if {+obj, 2.5E280 ^ größe, név}.real[- self, len >> b'b', ...] if ('''t''' - .675164164).items.left for név in (959080.611625 in 000 != (0b1101010) not in result) - ('''t''' if .924910596 else __x) for snake_case_name in (CamelCase or b or "d") == __x < (lambda: snake_case_name) if ~(count or i or n) if -(not z)).x(not ((0000) if count else print))
        del items[0]
elif CamelCase(+snake_case_name, k=key | 46609.135933):
    class Cls9():
        self = 0O6311052320124711404331 - 7923876484552128
        for i in not y | x:
            for i in ~név > (result and snake_case_name):
                continue
                snake_case_name = not (j and b); count = not items == 's' > x
            x *= 460238514j ^ 0B0011010000101001011010101110
            (b'b' if "d" else 0XE2a9971CA2E2Bd0Bf5F) & (983j) ** 0o435676644056234

value = not x
pass
