# Generated: nested statement trees, set 36.
if (z and r'\d' and CamelCase) ^ 0XAe8dC83F8cd:
    node.x = {(0O76041445463615333031623 ** x) ** (True & k), (0X8A79852cC4FBfEEd5c2775a80) <= 692406.374016 is n > a or result ^ 'a' 'b' or None ^ key}((z or x) << (n and u'u'))
    a, *b = n((1884097849105710851285742416007865588 + x, 302806.293208J)[(000) ** 37236261068410840283234398387524138342:π:data != result, 110j << async:x if 0O7 else False].x, [snake_case_name or None for total in None if (921j)][...::print & i](snake_case_name - 'a' 'b' for π in (len if k else 'é')), - False >> (not snake_case_name), default=(total in b) ^ 0B101000000101010101111 + 's')
    try:
        key(reverse='''t''' ** '''t''', end=0X426EFCc3c94B if key else c,)(0B00 ^ ... for b in größe - n) ** ((x ^ 0X288adAf) + x % print)
    except mod.Error as err:
        try:
            assert 264457697299 >> items, '''t'''
            node[:r'\d' ^ count:key or "d"] = a, *b = data; items[0] |= "d" ** CamelCase
        except E:
            π = (not 0000) < 'é' ^ CamelCase
            pass
            {1e22 ** größe: x} and self ** (snake_case_name or node) and (not "d" if n or név else 9886 + név)
        except mod.Error as err:
            'a' 'b' ** x + '\n' or + 72738317173 % (b'b' if 0B1000111 else ...) or not -value
            del items[0]; pass
            (név if x else __x, (1e393) - 0X2Bef5c0Dba8eD0f7A76e6f, '''t''' / '''t''')
        else:
            pass
            '\n' ** y if not k else __x >> __x | '\n'
            del a[1:2]; items[0] >>= 'a' 'b' * b'b'
        with ~(00), b - z or u'u' ** z as (a, b), print & True ^ ~"d" as [x, y]:
            result, data = await ** 22300745198530623141535718272648361505980416
    except E:
        @deco
        @x.y.z()
        def fn1(p0: (int, str), p1: (int, str), p2, *args: int):
            loc2 = 0
            obj.attr //= ((key or b'b') ^ név ** b) + (a ^ node for await in x for (result, result) in - total for (n, i, print) in value ** c)(*node and result and count)
            x -= None and (0000) and r'\d' if total or node else items - count
        class Cls3(A, B):
            [x, y] = ('a' 'b' | '\n') ** (z * 'é')
        assert (not 'é') ** (not value)
    except:
        for x, *rest in not 2.2250738585072014e-308 - None:
            assert + ((0b110101101111000011010110011000001) + u'u') ^ data(None, 2.5e-243, *None != c < c, reverse=u'u' - i, k=0b11101101000001001010100000000111001011000100010101 | False)[938432.572946:'é' and 908599.693054:+data], 'é' & result and '''t''' + ... and 'a' 'b' or (not "d") | snake_case_name >> "d"
    finally:
        not snake_case_name; CamelCase[:(449142006966383649360) ** 0B1101111100110001001111110:__x & b'b'] = node - False > 9.E8 + False > größe
        n = n = 27800692066699918399609863882583153064 ^ total
elif név:
    if 0B0100000000111110000100101000000100000110100110100010110110011101010010 not in i << False > '\n' ^ 0X4faBDF7BFcCC37A9Bc6EC05d801da4 == None:
        with (0X15ad24563de4651b8c5a) >= 00 > node <= x if '''t''' else async - 0O1375547, __x ^ (not π) as (a, b):
            pass
            x &= b'b'
            del [x]
        try:
            count & b
            (a, (b, c)) = - True | node
            items[0] **= (True & async) << (False >> 1e22)
        except Exception as e:
            True >> 0o77600
        except E:
            pass; (k and ...) ^ node
            pass
        else:
            (447620) // π
            total = {{k | '''t''', 00}.next, (node << False,).value, ('a' 'b' or True or 0O41345723) or not print or j == (0e-149) == 701856552.J in True}
        finally:
            n(end=+ data).append(not __x, reverse=None ^ 0o3737236265031550074)
        snake_case_name.append = await ^ r'\d'
    elif (név if self else 2.5E+67) >> 9.e-202 // 999999999999999999999999999999.0:
        0XEc9d18A27B3C7d4eF2D[... >> value:]
        for (a, b) in (604613119978 - async) ** CamelCase:
            del items[0]
            (c if node else ...) or 770240376.
        else:
            119635.233371 or ... or key
            x &= False or __x or "d"
    else:
        with '\n'.left.ŝ as [x, y], (320j ^ len) % 486888038110804j, (2.5E-174).real:
            assert '\n'[.5e106J >> CamelCase:a ^ i, 58434472164246200200 & print:snake_case_name >= 'a' 'b'][..., not 0.000000000000000001, x + 0XCcAC21Da6D8A2acf3C9B5D4d8bC89f::] if {'\n': c and .5e160 and 0O4522667277772 for k in '''t''' and async and _ if (0o3760) < x if obj}(größe, (749854416.) if k else k, *c, **r'\d')() else ~node / self
        assert result.attr if not (i if r'\d' else x) else not ('a' 'b' or π), (0o77555) is value <= r'\d' > count
elif b'b'.append:
    class Cls4(Base):
        for k, v in 'a' 'b' >= (y if z else "d") == '''t''' & True <= "d":
            result = node.ŝ = y | '\n'; len <= 184j / r'\d' not in await << key > __x - 'a' 'b'
            pass
        for [p, q] in 0b1010111101000 & größe:
            break
        else:
            'é' ^ 0O12366054131721464351
            π = ('é' < snake_case_name < 740961.844995 >= 1E274) ** (y // név)
    def fn5(p0=None):
        loc6 = 0
        x //= __x << total
        class Cls7(metaclass=Meta):
            pass
    try:
        if not '\n' // node:
            i = total[:] = CamelCase != count
            assert node ^ (0O31374033 + b) ** (π * 0b0010011000110100100011001001101100101010001)
            del (x, y)
        elif {obj ^ (0O423034) for await, CamelCase, result in not k if 1e23 | (0000) for (total, self, c, k) in self == total < len == y if _ & ...}:
            not total
            pass
            data.items = node = (0o7346446506070640 // 954j and async) is ... + __x < {items}[False >> 387302.828360::]
        else:
            del a, b
            *a, b = (x - 759670.427130) ** await
            total = (data, 0000)[False ** len:10000000000000000]
        async(not π, r'\d' if ... else node, items, *data or CamelCase, **r'\d' and (0e+194) and node).items[::items + x] / ("d" ^ π or y)
        for [p, q] in self & 847781.742540:
            len[:items ^ 2.2250738585072014e-308:obj or 0x9cadE4A25c or x] = (result ** u'u' and not async and len + c) & (größe << j and u'u')
            break
            CamelCase((0X39a5B5BD6CBe60C3D or CamelCase) & (0O02277116213374376 ^ '\n'), ((0o63247) and c) / (print ^ '''t'''), -(0X182aB7E9b7225702da71a77BCF + y), *__x + ... | (count in x < True is not node), **+key ** 628j); continue
    except:
        class Cls8(metaclass=Meta):
            x <<= 494718417.
            items
        név - 0J
        class Cls9(Base):
            async = ...
class Cls10(*bases):
    while False | result ^ True:
        break
    if + (not i):
        pass
        [x, y] = z[π:(136931241180844296151232781127966578926) if b else ...] = __x if 'a' 'b' else print
        j.value = result = snake_case_name(snake_case_name ** ('s' if név else .572065459), ('''t''' | b) + (1E+282 << ...), *snake_case_name | j and not 'a' 'b', end=(not b) % (node & async))((snake_case_name or self or z) | 0O37726440030311360 ** b'b', end=0x31bb0E8f2Fe3 | async ^ 0E-278, sep=(π + async) ** count ** True)
    else:
        del (x, y); del items[0]
for obj.attr in + node:
    obj.attr %= snake_case_name
    key = data | r'\d'
    with (0o0236205).ŝ.x as [x, y]:
        while not (54j) * items:
            x = node[b'b'] = not node / (total and count and 's')
        if (data ^ n) & CamelCase:
            assert j & 0b000010000, - value(__x ** snake_case_name for snake_case_name, result, c in self and CamelCase)(~ x, __x, "d" ^ 9.E+289, **b >= obj != ... is b)[0 if 703481217. else 'a' 'b']
            break
            continue
        else:
            len[559530.18523 ^ a:not .33493104] = await >= value > z is obj
else:
    @wraps(f)
    def fn11(p0, p1, p2, **kwargs):
        loc12 = 0
        return
        result.next = v = (j != ... == b'b' == u'u') & (0X3C56C5F18a8ef03F)
        if [0X0009Ab645E0d5301ea5][:]():
            items[0] *= not CamelCase | 0X9caadF36b6
            assert '\n' - 0xA80D52 or value & n or (0o2637077554451430711674) == 1e23, (False or größe or node) - 772020.888269 ** 5e-324 < _(total, obj, reverse=π ** '''t''') <= ("d" == c == 'é' != π if 's' else node) is not (988j << 0000 in ("d" if (206699.348248) else 0B10100001000111111110000011101110110011000101110101011100101))
        else:
            -(obj ^ u'u') & z(not '''t''')
            pass
while await(a ** '\n' for __x in print)[__x:(9999999999999999.0) and print:]:
    break
else:
    with π ^ _ and obj ^ True and ('s' and 916j) as f:
        pass
    for k, v in key << data or print - i or True * n:
        continue
        items[0] <<= 0B110010101001100011111000100110 >> ~(630469864.); del a, b
        x = 000 | (lambda: 's')
