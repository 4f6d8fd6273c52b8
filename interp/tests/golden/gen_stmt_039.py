# Generated: nested statement trees, set 39.
x, node = (None is not 0e-182 != snake_case_name <= π and not u'u') ^ (0o41720 | len) % (218277466845576890914667239 ^ i)
del a[1:2]
del (x, y)

with i, x(self >> snake_case_name, c, *total is not 4675091807926, default=π)(data, u'u' & z) as f:
    if False >> print if r'\d' else n:
        if lambda p0=lambda: 0, *args, p1: (0Xf5):
            2.5e271(default=data <= "d" <= snake_case_name == u'u', k=b'b') & (value | +len)
            (a, (b, c)) = __x * count
            assert snake_case_name & k
        elif key ** (False if 1e22 else r'\d'):
            (... + (n & 980149.288857))().x
            del (x, y)
        try:
            b'b' + i << (None and node)
        except ValueError:
            del (x, y)
        except (KeyError, IndexError):
            obj.attr **= (('a' 'b' and b'b' and c) and (lambda *, k: key)) and 0O357635436014266154 + False ** k and ('\n' or r'\d') is ~ n < .486728848 | .623972345
            j = j = obj - ...
            b, snake_case_name = (a, (b, c)) = név
        finally:
            (False and "d" and data) and név // items
        assert {985825.695987 - π: result / (583513536.0), False: await, 18288196333064755 is 0.000000000001 >= b: snake_case_name}, 0B010000101000100001010010 if True else False
    elif + x ^ CamelCase:
        for (a, b) in j("d", k=not obj)((2.5E+147) and result for async in u'u' or print or j).x:
            del [x]
            continue
        if c(0B0001010001000010011000111011110010001010001000010111110111111101110101 % 9.E-329)[a ** None][...]:
            items[0] %= -i; *a, b = i = 0b110011111010010010010100111 | async
            snake_case_name = _[__x + 3632846334] = (9999999999999999999999999.0 ^ result if 419970.261461 - (0) else a / data for node, value in (k if '\n' / i else 'a' 'b' or '''t''' or _) if [False] for async in total if (n and len) <= u'u' == - value in (await or 'a' 'b' or __x) if +b)
            obj.attr &= not None & '''t''' or None >> 'a' 'b' & (async & value); név = (291063 | len or 0X6C4AE67fE1b27f + 0o45436112232027) ** ((név or __x) or not k or .5e-300)
        else:
            total[:y is not print:] = key.next = (items ** 2.2250738585072014e-308 & .607380144) - (c // count)
        @deco
        @cache(maxsize=1)
        def fn1():
            loc2 = 0
            pass
            assert (u'u' * False) ** ("d" | r'\d') - 2.2250738585072014e-308(snake_case_name & 's'), data ** j if 468118763.0 else snake_case_name << self
a = π = z(491722.120304 // z, CamelCase or '''t''' or key, größe, **956j != 'a' 'b')(snake_case_name and print, größe > 466569720.0 <= print < _, default=await, key=lambda p0, p1=-1, p2=(1, 2), **kwargs: print) & (data & __x) - (π ^ '''t'''); value, await = 's'
