# Generated: nested statement trees, set 11.
try:
    class Cls1(metaclass=Meta):
        del items[0]
except (KeyError, IndexError):
    (a, (b, c)) = "d" and _
except:
    (self - '\n') ** 1e22
finally:
    try:
        if 1e23 ^ 0x51CA5DB7a47aE | (größe if total else node):
            class Cls2(A, B):
                print = y, a = 7j or 0O1364431104641 or items
            while [n and print and _, items >= snake_case_name < len not in result, 999999999999999999999999999.0 and await and obj][484j ** 'a' 'b']('''t''' + r'\d', not .410686212, *a or 159764.166372 or node, sep=c & await):
                items = ... - 2.5E-290 < 978873.633900
    except:
        for obj.attr in +(count if items else node):
            self ** n << (async ^ self) | count[:(0) << "d", ...]
            @x.y.z()
            @x.y.z()
            def fn3(p0: "doc", p1: (int, str) = ..., *, p2: f(1), p3: str):
                loc4 = 0
                count(35345.902460 and größe)
                await = value[...] = ("d" or items) * (u'u' << 0O3264); v = CamelCase.next = {+ (j if (711388.810163) else True)}
        else:
            'a' 'b' ^ r'\d'
    else:
        try:
            class Cls5(Base, **kw):
                _ = total = print + obj ^ π >> "d"
                del a, b
                z
        except:
            class Cls6:
                pass
                items[0] //= k
            if None + r'\d' and 0o502 // größe and u'u' > 'a' 'b' is async < 'a' 'b':
                assert (0xFC) - False
        else:
            try:
                y[y, "d", n + 0000:items] = i = k ** b
            finally:
                pass
                data >= print < r'\d'
        finally:
            try:
                data
            except mod.Error as err:
                pass
            except:
                pass
            count = result.x = (('\n' > 0b1111101011001111010110001100011110101001) & (1E+105 ^ 120337.563755)) + (0b0001001100111110111001100110 & '''t''') ** 00; j, __x = "d" & None
        class Cls7(Base):
            count %= not result; assert ('\n' is 2.5E-10 > π) ** (not None) - +((0x98) and 0O0207454112323 and "d")
    finally:
        class Cls8(Base):
            assert count(0 if z else .5E-202, z, k=(0b11011101110001100110010110111100110101000001101) & print)[:b'b' / async], __x(+(not u'u'), 0Xa7 / CamelCase or (async if 'é' else 0e45), (20000004485432) & 958658732950185354809438 and 0B0010110110100101010011000011010000000000011000111110110000011111001001 | obj, **(async if data else obj) or not key).items((not b'b') ** ('''t''' < n < größe), x[not '\n'], key=(not node) ** (n // i), **... | größe >= (842154.70739) & u'u' <= (not 000))
            [k ^ 5e-324 for n in count if (112416213.j if len else i) for név in value for await, __x in len ** 000 if (4004587107157867183)]
            if None & a & k - 0b1010001010111001000110101101001101010000000011000010011111110:
                pass
                obj.attr += r'\d' ** '\n'
            elif (lambda p0=lambda: 0, p1=1, *args, **kwargs: 0o722134) ^ (u'u' and '''t''' and '\n'):
                not 0e144
                value & _
                items[0] /= not (z if n else 0Xa0feE246FCd6D4E7CAc)
            else:
                obj.attr *= x ** 2.2250738585072014e-308
                assert node > (not total)
        if True:
            with (1e23 if j else (0B1101010100111)) and obj / 0b10101000111000100011110100000111011111001110100100110 and ('s' and key and b) as out[0], j(key=value, default=not 816913032834562140539544500233J)[912032.35245 << 1e22].append:
                pass
                async.append = [x, y] = await if 286554161595917765613562960 else value
            try:
                assert await & 0Xa9fBaaD51 and self ** (.228787306) and 0XdA4Edd74 | CamelCase
            finally:
                _ = snake_case_name[:] = b | größe << 'a' 'b'
            try:
                assert - ((0o2460172205577173522072153 or (0x91cAD67320C) or 2.5e+321) and 0B10010011000111110110011111111110100010001 * 's' and value % len), +(π - total != '\n' > 00 | x)
            except Exception as e:
                del (x, y)
                ... & (key | i)
            except (KeyError, IndexError):
                node >> items
                del [x]; a = ~ node if 's' + 'a' 'b' else r'\d' / (1e22)
                'é'
            except E:
                assert +(0xd4bAc804cE0ca), not False % 125924865.0; pass
                del (x, y)
        elif 0B01110110111111100011100100100010000110110101111 >> 0e357 and y | π and print & (0e-242):
            def fn9(p0: list, p1: list, p2: list, *args: a.b, p3: str=lambda: 0, **kwargs: list):
                loc10 = 0
                obj.attr *= (total ** .5E109 for items in total ** True if '''t''' if value ^ _ for (π, node) in j and k).left
                return π(k & _, _ // key, data, default=803469022129495137770981046170581301261101496891396417650688)[:,].value
            while [0o7210120300725407 >> 'é', 0o1064617230014 / obj].items:
                9999999999999999.0 ** 0b001010011 ^ 'é' ^ ((result if node else a) <= n ^ self)
                pass
            else:
                assert total - "d"; assert (π > ... is '\n' != 369837709435314647756306 or (0B1101111010111100010011101000010101101001011000 if 693524814 else 0000) or True and 73472.511966 and größe) or not j / név
        elif _.attr:
            while value is False | 2.5E225:
                pass
                pass
                continue
        else:
            if snake_case_name(data, *u'u' < 0x27ABE42Bd65d):
                items[0] **= - a
                __x, node = größe.left[0B1000001000010010010001000010101010010110100010 and k and snake_case_name]
                items = (π & ...) + (value ^ self)
            elif (len or u'u') ^ (obj in node <= 0xBd86):
                snake_case_name = node
        with - név + ((273456457.) & (59861794062709805913402645417197245)):
            for obj.attr in (+node) ** c:
                pass
                assert 9.e346 and i and 000, total[data not in i:,].value
                assert data(10000000000000000j << 548361.777973j, 1 * False, True - "d", sep=0o7345 & (9833199487005119335652576927642)).x >> {0b110001100011111001101111011101011110110000000 if False else data, key and self and u'u'}(total & __x, 's' | 207827474.0, i ** result, *data, default=0b001101011100100010000110100001010000011100111101101100001011, reverse=c / b'b'), 0X2591a6CB31cCAf8Bd4173AD ^ u'u' ** 87790703873765563935985427618426525
            else:
                count >>= 0xC90F22cFAC ** CamelCase
                i.real = név if 195684.444286 else _
                ((z and result) & (True | 's') for (items, __x) in c ** key >> z for n in not .327880040 ** 0b1010101011111001101 if größe | (0x4cB8daEaEcF8567ab or '\n') if (0Xba094b430BD7e99B4e if +__x else await & π))({'a' 'b': 's' & (9999999999999999999.0) for π in (node if result else 2.5e+270)}.ŝ, key=self is k if 22894.992923 ** x else self, **print.value.x)[:374 | (2160421826531310480 | u'u'):not n ** __x]

assert größe and self, 's' // b
try:
    if obj | 0B01111100011111000111101000011110010110001010110001100000101 | r'\d':
        items[0] ^= +a >= (await in 9982 <= 0b0001010110111110001110101100100 >= (4097182807489820859008018889)) or ... and total & '\n'
        obj.attr /= ~(('''t''' and snake_case_name) < 'é' & u'u' <= None >> 1e22j not in (len > snake_case_name > u'u'))
finally:
    with (név >> 0000J).attr as out[0], data or "d" & print, (r'\d' and größe and y) ^ None:
        items[0] &= +13319.86413
        count %= (('a' 'b' or result) >> self) % (z ^ .112459961J and '''t''' > (0B1111101001011110000))
        not (lambda x: items | 0xA841fDbA2CB0BC)
    *a, b = total = lambda p0, p1=lambda: 0, *args, **kwargs: None << None
    if CamelCase ** (0b11100100101110) if y and 2.5E-266 and "d" else total and async:
        count = result = (True / count not in z ** 814399810802888 is __x < (value is not CamelCase < (269666734128553729))) & j[:None | j]
        data[név | n,](+1000000000000000000000, default='s' or 0b110, key=total ^ _); obj ** count
    elif n | 2.5e+37 - y:
        del [x]
        del (x, y)
    elif 's' ^ print | '\n' & items:
        név = z = await
    else:
        [x, y] = ('é' | x) ** (CamelCase * 'a' 'b')
        assert not {n & größe: self / count}
π.x = 'a' 'b' and CamelCase
node = ~ (π << (226685408.0)) if (.5E262 - '''t''') ** (a and 926651.362681 and node) else result
's' or True or a

with ~value << (print ^ self), (len != 's' not in 0O73424 not in 'é') - (True and π):
    [a, *b, c] = async, key = [(x is not ... >= 2.5E+79) - async, {not '''t''': count for key in await or r'\d' if 178800.576261 or k if True for (i, data) in (False if async else (23049326.0)) if 0B11000100110100100010101001000000000111011110010001111111001110 - i}(.5E-271, π ** k).next](+b'b' for név, z, név in (0X6d86 and b) / (not _))
    (0000 or key) ** (1e23 + .971075951) and node
    with k[-True::value] as f, lambda x: 's' as self.res, (j | 0X015CcAaCbdcEaD51Ab8D9497bA5B83) & (größe | j):
        class Cls11(Base, **kw):
            név = value.x = (2.2250738585072014e-308J and größe) + (lambda p0, p1=x + 1, *args, p2=(), p3: (10000000000000000))
            pass
        try:
            not (b'b' | π) << ~value
            675548968.0 ^ result < +data < u'u' is not (obj and self and async)
        except Exception as e:
            while 7921415595911971 ^ 1e23 if "d" ^ 5e-324 else value and z and 9.e+397:
                obj.attr -= None - ('''t''' >= snake_case_name <= 83288819.) and ((CamelCase if print else False) or x)
                [x, y] = CamelCase
                break
            class Cls12(A, B):
                del x
        except mod.Error as err:
            for k, v in (68600883.0 and value) // (0.00000001 | j):
                break
            else:
                __x.x = obj.append = ~ async
                assert lambda *a, **k: π, result + 523j; assert 0X36 ** items
                pass
            snake_case_name = i = (not k) ** - count
            try:
                del items[0]
            except ValueError:
                count *= not (y or self or +y)
                c = _[z and False] = ()() ** (async - _ or '\n')
                del (x, y)
            except TypeError:
                pass
            except Exception as e:
                x //= (0.0000000000001 - ...) ** ((468j) is count <= ... != ...)
                assert __x & result, r'\d' ** _
                del obj.attr; del a, b
            else:
                assert (k or print) & z + total, (x + y) ** (False and len) | (0xfB0764fF8FdD566e1F17bB132824ea and 2.5E312 and _ or 143869.764972); len = await ^ 'a' 'b'
                x = False ^ (787227024.0)
                assert data.left, u'u' ** + 777j
        else:
            x <<= self(not False and n ^ result and k // 'é', n if r'\d' ^ (0.1) else 'a' 'b' or r'\d' or (10000000000000000))
            for i in ('s' >> _) ** 251132396.:
                465697386317355617145143512194519 ^ r'\d'
                n = (44998406922010153757467907186986567401 or 189154089261545263430599535171376588) >= n << größe >= (None or k or 379927835181002677775593125993773) in (lambda *a, **k: False)
                a, *b = _[(0x275b6AE4EcF15AFF7E0EEF74637 and 0xc024 and True) >> None - größe:count & "d":not a << 824j].ŝ
            else:
                CamelCase[:größe(*lambda x: (1427247692705959881058285969449495136382746624), **total & i):].value; pass
            π or 640j
        for [p, q] in (607930.966995 and 00 and név) << -'é':
            a[1e394::CamelCase if i else 0xB63F4134bc0b4F3D] = print ^ __x
            if y.real:
                CamelCase = 603207790. ^ y
                continue
                c.x = r'\d'
            elif not not 1e23:
                [a, *b, c] = u'u'
                __x[key << 0Xa48C55E627D627652:value & 9999999999999999999999.0:-"d"] = z, async = CamelCase()[result:node + c]
                del a[1:2]
            elif ~n & '''t''':
                pass
                obj.attr /= .5E78
            else:
                CamelCase and n
                not 0E+304
                *a, b = not 's'
            continue
[a, *b, c] = (u'u' or c or 0b110110110000010110000001000001101001010011000000001100010100100) ** - total
