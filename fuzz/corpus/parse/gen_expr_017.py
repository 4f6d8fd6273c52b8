# Generated: expressions mixing every operator level, set 17.
r0 = (- (('''t''' and a and CamelCase) | (k and '\n' and '''t'''))) ** i(*j(~value, 11233 >= u'u' <= (414j), end=805033411. + data)[u'u' + 0xA395:])(k & __x ^ größe ** 0000, *('s' if 1e22 else node) * '\n', sep=await % név << z ** '\n', k=not 9582424543677828393 - 'é')
False | 4405945J
r2 = items[:].x | (y // node if (0b1101000010001 if j else u'u') else 101522427. & u'u') ^ (items ^ None in 883475014.)
r3 = data
~((k is not 's' <= x != 69j) ** (... | snake_case_name) >= (... and not b'b'))
r5 = (~(True & len)) ** _(not obj, *key or u'u' or (565j), end=print and (0), **c - None) + ((not '''t''') ** (a >= result < '''t''' in 9.E288), [634067703612763356319 >> 687429139503500198847346, ~708j](0o03573302104210570145134, **__x > név is not True > 0o27707).value, u'u')[b.items].value, (.560117664 or items) | _ - value
r6 = '''t'''
CamelCase / (1e23)
r8 = __x
(len ^ név if snake_case_name | .985571591 else x or n or 0000) - - None ^ ~{u'u': 999999999999999999.0 >> 1e-53J, z: node or 176785847. or b}.attr
(total - 's') % név
not (0o3746751424053 if False else __x)
r12 = név if 's' else π
r13 = not 'a' 'b' - größe and (0.000000000000000000001 and CamelCase and b'b' or __x * value or π & π)
r14 = - x is not result ** '''t'''
r15 = ((0XEc5A) != 's' == data is not größe) / (not i) | (_ << 0O103134356341624662633) ** (CamelCase << u'u')
r16 = not await ^ 1e22, +(größe | r'\d')
(0B0110100111011110011110110011000000110010111101001000011000) ^ 1000000000000000000
r18 = +(('s' or False or __x) | True)
r19 = (not (b'b' or snake_case_name or print if 2.5e-192 ^ '\n' else async / 00)) & obj((0000 << total) * r'\d')[~ (0xFc45C3Db) not in (await and b and False) <= 327j ^ result], k + u'u' ^ len
x > b'b' >= b is y
r21 = ~.72344608, node(default=~ j).real[:+ größe]
r22 = j ** ..., lambda p0=lambda: 0, p1=(): lambda *a, **k: 0XBcEA7438f115b8
(True <= result) * 0xf53fcD
r24 = (not (count ^ x for print in (async if result else node)), {[total ^ 95459791039].ŝ for data in (None | async) ** (a >> obj)}((808423.779291 or z) or len, *+ ~0o4055223005231050))()
