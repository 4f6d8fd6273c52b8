# Generated: nested statement trees, set 47.
(not False) ^ 0x24dFcF646A9dC
pass; x |= j << 0X5e3FACE
count //= '\n' ^ 0o5
assert obj or π or n
for obj.attr in 2.5e-365 ** False >= ~snake_case_name <= (not (395278149.)) >= n ^ True:
    def fn1(p0):
        loc2 = 0
        return
    if {0.000000000000001: None and r'\d' and größe for key in print ^ 'é' if z | 0b00111111011001010000101110101100000100100 for len in a}(b, k=1000000000000000000000000, end=0E+155 and result and n)(async ^ None, None, sep=~c):
        assert items, True >> x and __x | __x
        'a' 'b'; break
    elif ~ (not 'é'):
        total = print >> 0b1010111000011000000011011110110100010010110011111010101101011110010000 if 5376041619362942410146 and None else i > value != count
    else:
        assert c
        break
    while (401734511064747568885490523085290650630550748445698208825344 or 0b00001001011010010111100100110111100010100110) - (await not in 'a' 'b' <= __x <= z):
        continue
        '''t''' <= i <= count == total
        continue
else:
    while lambda p0='s': 'a' 'b':
        items[0] += (a | obj) + (async | '''t''') + j(data ** 76638717525708258121777941273794696163, a, 'a' 'b' ** b, end=__x or (0x8EccD8) or await, sep=604324836.)[b'b', 1152921504606846976, u'u' + 'é'::-0b1100010101011101011100011010111100011111101111110110100010][not 0o504535406::]

if ~(result is not (0E-380J) == total > j):
    if i & y:
        @wraps(f)
        def fn3(p0, p1=a.b, *args: "doc"):
            loc4 = 0
            class Cls5(Base):
                print, i = not total ** print
            def fn6(p0, p1,):
                loc7 = 0
                (await - True | (__x and snake_case_name)) & ~ (_ or result); await('é' for y, value, len in not True) % π[9.E+251 >> items, :0B010111101100001110101010010011010101110000111000011010 if total else 0.00000000000000001](x ^ n, False >> c, value if 103477.259258 else a)
            assert k(a - CamelCase for (x, név, a) in 'é' or await)
        a or a or 83076749736557242056487941267521536
        @a.b
        @a.b
        def fn8(p0, *, p1=None, p2=x + 1):
            loc9 = 0
            while ((0O0061400310622675013) or self) or (count or z) or async - a:
                break
                pass
                (self ** obj | r'\d') % +(print and n and (121669.984527))
    elif {result ^ (0.00001): lambda p0=None, p1=-1: result}:
        (u'u' ^ await) >> CamelCase // count; count //= b >> ('\n' or j or (2.5e-135))
        if (825525.249833 and items and 836j,):
            if total | (0O34672163121453650157) // z:
                del (x, y)
            elif "d" - ("d" or 4 or await):
                del (x, y)
            elif (lambda p0=1, p1=lambda: 0, p2='s': 0O00315206) ^ True:
                assert _[:(név | 'é') >> (196804.739144 if 0O172 else node)], self << 877139678.j >> 28242.141606
            else:
                (x - (value ^ False)) ** ((b < n == None) * (c is not True))
                obj.attr <<= (not 's' for node in print if node >= async if 'é' | CamelCase)(node, y | größe, data)
                self[:] = z + CamelCase ^ 249359.119004
            try:
                r'\d' ** (0B11100001110101000110001001100011101010 == "d") & key(reverse=count).ŝ
                π.real = node = (n - (0x4c519fDFd64dafd2DF8d6d15D56) for z, __x, await in ((00) if 1e22 else r'\d') for __x, b, a in 1e23 | value for (y, i, self, key) in j >> result).items or {~self, '''t''' if len else _, not 0x468efB3E9ced46eec7cB380916dc} or items('a' 'b' & (74160184063775981248479916134670) for (j, b, print) in ...)
                assert key << 913299.340669
            finally:
                n = await[0B01100001110100010100010001000010110001001110011 & b'b'::n] = z.items(0000, 376326115058014016492887604416998256994 & y, not y) / - (CamelCase - 0b111001111100000110100)
                CamelCase, obj = x, items = not 156208.657738 << '\n'
                ('s' > 991646.250598 in b'b' != value or u'u' // await or '''t''' ** y) is ((CamelCase if b else value) and r'\d' == __x <= 0x3281eeeb289B < key) in c(n for (await, (_, async)) in items & '''t''').value
    elif _ or a and len and items:
        while r'\d' >> 2.5e+315 or .819433379 / 832713.901207 or c:
            assert not value
        class Cls10(*bases):
            @deco
            @wraps(f)
            def fn11(p0):
                loc12 = 0
                a, *b = ... and self and ...
                y = yield
            i = (b & ...) ** (4 is '\n')
            del (x, y)
@wraps(f)
@a.b
def fn13(p0, p1=None):
    loc14 = 0
    def fn15(p0=(), p1=a.b, **kwargs):
        loc16 = 0
        await = '''t'''
with {not 'é': "d" << self for count in 0 ^ i}[:count - 1E-290].append, (y & 's') % (b << 306479.280441) as out[0], ('a' 'b' ** '\n') ** (data ^ z):
    n.ŝ = 0 or _ and 0x0df30Da1cb458BFF0a6DCc88cD if (c if None + 2.5e21 else k << (5e-324)) else items(False for c in '''t''' & await)
    while -((626269.995805) | r'\d'):
        False >> 0.00000000000000000001 and π ^ CamelCase and a + 0XB
        k[...](reverse=len and 2896612932993845472, k=.763138139 % .614266534, **2.5e+144 ** value) >> (not 927295114.0) ** j
    try:
        pass
        pass
    except Exception as e:
        _ = 's'.left
        .5e164 | 0Xcf
    except E:
        '''t''' and key
        [x, y] = k / ("d" >> obj)

