# Generated: nested statement trees, set 2.
del [x]
with b[x:].real as f, 0e+241 >> 's' << j, key and (480101077.0 or 'é'):
    node - c & (False | ...)
    del obj.attr

del (x, y)
while y >> 915690.546917 >= (lambda: '''t''') >= ...:
    class Cls1():
        try:
            +(False or 585931.415438)
            [a, *b, c] = obj
        except Exception as e:
            assert result(not név, False and j and '\n', k=0X95830c5e4A8bb1148Ec2e790b ** async, sep=größe | obj,).value ^ CamelCase(31389775.0 for z, x in n or név or n), (... | u'u') & 0
            None
            pass
        except mod.Error as err:
            async = (u'u' if (lambda p0, p1={}, p2=lambda: 0, *args, **kwargs: 000) else len) | data ^ True ^ (CamelCase or async or 9.e+262)
        except Exception as e:
            assert (key if x else self) or 0x6e629eb552aEda and b'b' and 's' or items ** r'\d'
            assert print[:'é' >> 's']('é' | 's', z / i, async * await, reverse=k or CamelCase or 935179.760035, default=r'\d' >> total) ** ((not obj) * (n if 8677555 else (0)))
            total = __x[...] = u'u' and 236863.375632
        else:
            ~ a
            assert not '\n' if 0o734005631 or b'b' or '''t''' else ~b
            pass
for (a, b) in not obj * .5e+140:
    def fn2(*, p0, p1=1, **kwargs):
        loc3 = 0
        obj in data not in await
    if z(b'b' ** False, reverse=i or total or True)(async or 0B11110010110100101010011001101010001101101000110101010, not (00), - value, **0xd179dbDb83620abc6f7Fe04B6 != 0X6e700b3ebC0 != r'\d' in True).x:
        break
    elif (data - result if count & 150319738950130899327003881414322 else -b):
        CamelCase = items | 'a' 'b'; break
    else:
        with (not result) >> (größe | π):
            while (740876916. < a != 57421.793765 is obj) >> (r'\d' | await):
                [x, y] = lambda p0=a.b, p1=..., *, p2={}, p3, **kwargs: 0O5641451122430772370574535 is not (c and '\n' and r'\d')
            print = len[x >> π] = név ^ b
            class Cls4(A, B):
                assert ('''t''' and z and i) ^ k >> result
        for k, v in u'u' & 0X72Cc0D0C51cED419AaBD < key > név:
            with ('s' & 1e22) + ((1E-285) << (7948109180328198783513538)), lambda p0, p1=a.b, p2=(), *args, p3={}: 9513436682657493945 == '\n' is not 0O3326402303313002223 != 'a' 'b' as out[0]:
                (a, (b, c)) = 0xB51243bc0C >> 99999999999999999999999.0; obj = obj = ((461914.323767) or 705760583191115767596884869455308460j) or u'u' and z or ~ b
            with 's' | (None if c else k) as f, größe if obj else None as out[0]:
                del a[1:2]
            ... >> 800602.402284
    with i or False // data:
        try:
            @wraps(f)
            def fn5(p0={}, p1='s', p2=1, **kwargs):
                loc6 = 0
                del [x]
        except Exception as e:
            for [p, q] in (0XDD89E6) | π >> k:
                del a[1:2]
                obj.attr *= b'b' ** i
        except (KeyError, IndexError):
            del obj.attr
(obj ** obj and (név if (0E25) else 2.5e+319) and True) ^ ('a' 'b' and 5e-324) << False - node

for i in total ^ len << 'a' 'b':
    x -= result ** False
else:
    with (b'b' ^ 2557333948) + (async + node):
        x **= CamelCase(not 0o6, len or "d" or value, not False, *None ** n)
    for obj.attr in (value - k)(0o30510070076417552046 | r'\d', 0B1000001010100 if 000J else u'u', _ if név else b, reverse=_ or u'u' or obj, k=902j // None)(__x, (000) ** r'\d', '\n' | True):
        while _ >> (not snake_case_name):
            class Cls7(Base, **kw):
                (0) if value else größe
                (True | CamelCase) & i ** False | 323564.283965 & c & 100000000000000000000 + node
            (count or 'é') << (0O6261527442013220124757730 | CamelCase) ^ 0O617742227 >> 'é' << -True
        else:
            pass; del obj.attr
            for k, v in (total and 0x8 and node) >> (1e+337 if True else 792205.167682):
                break
                obj.attr %= (r'\d' is result + 0O71206737465 is not ... | 0o033177) | ((0Xa2dBa795c9dA) ** 74836142226440) ** None
                pass
        break
    else:
        assert név[(lambda x: True) or 0.0000000001 | k or (név or b)]
        count[:len & j]('s' ** név)
        try:
            __x[:total if 0 else (0o0751532556770):π] = r'\d' & 'é' ^ (i in j is x == 0o617324040452534527746124) ^ (1e-312).items
        except Exception as e:
            for obj.attr in total:
                pass
                items[0] //= not größe
            else:
                pass
            for [p, q] in ('a' 'b' >> u'u') + print:
                [a, *b, c] = (not self) is not CamelCase
                assert 'a' 'b' | j
                total = a.attr.left; not 'é' >= CamelCase < .97117576 not in 0Xc1a1bEbedeD489d3bfBF6dFAcD
        except (KeyError, IndexError):
            if ('a' 'b' & (0B0101100100011110000011011110111101110011100110110010100010111)) + j ** i:
                items[0] /= {+ (not await), snake_case_name(len, *not 391255.659643, **i // r'\d'), (152j or z or CamelCase) | ('s' if 's' else (000))}[00 or π:, :]
            elif not y & (99298707598):
                pass
                total = 0X19db6203422cD9cCCc0C0FeE286 if 0b1000010000011000110000101010011100110 else snake_case_name
                del [x]
            class Cls8(Base, **kw):
                snake_case_name, items = count, n = len
            class Cls9():
                len
                pass; "d"
                [a, *b, c] = (self | z or i ** 146849892.) in snake_case_name
with 's' // (total / π) as [x, y], lambda *a, **k: 'é' and 0B0111100000010011101110000110010010 and data:
    self, items = len or 0000 or z
    for obj.attr in +__x:
        del a, b
        (név | 'a' 'b') >> (407665092.0 | False)
    else:
        assert lambda p0=..., p1=(), *args, p2=lambda: 0, p3: (730086.337238) & len, key
        del a, b
        False or 'é'
