# Generated: expressions mixing every operator level, set 32.
r0 = (not (async and len and n) & (n ^ '''t''')).items, (... | items) ^ 0o676610221377111123416
r1 = ((x and π) and '\n') ^ len.append
r2 = y or 0b011000001110000110001100010010101011001010 or value
r3 = node
r4 = 'é' and u'u'
r5 = [0o4302361532115 for a in név ** b if 's' % 0O735025664331322 for self, größe, név in _ >> __x](9.e-131 & k, *u'u' if print else π, k=not 840j, sep=név, **323796904.0 or obj or 0o512744060321704661) // (név >= 0b11000011101100011010110011010001001110110111100 != 'é' not in z or total)
r6 = ~ x if True ^ (549j) else 715809368 % __x
(név if key else await) in ... != (0O0466265 < 'é' >= i in 'a' 'b')
{(k and None or (_ if snake_case_name else CamelCase)) * ((2.5E388) or result | len): total(not (_ or 0XA3D676480cf6d81F), -y, key=j & 's' ** '''t'''), ~ ((π & k) % -CamelCase): ~ (await % 0X7cE92C01fE3BD28a167cdE0bC3e) and (z if True else key) ** (c * 100000000000000000000) and 934996.993090 * 1e332 & (value or False or snake_case_name), π(key=not (b and None))[...]: y(not 'é', key=00 | b,) // count(.307398238 ** self, + 0x5a85fc2FE, _, reverse=71410840819130868, end=0o6624406257176 // (0), **__x ** név)}[..., :((not "d") > items > ('é' or items) < n) | (not async & False)]
r9 = '''t''' | result
value ^ 120669.660594
r11 = lambda *a, **k: __x
r12 = név ** key | ('''t''' or (.5E-305) or key)
r13 = not value, (598009.735436 ^ 's') % (872656658.0 ^ b)
r14 = obj.attr
r15 = x('a' 'b', *_ ** '''t''', default=y is not 0O43752754274)(z / (886618810730100018638999247592666080003) for n in j >> 0XEbC)
r16 = c if 5707.449494 else u'u'
{value + len, True + y, i << .2944285}.x(u'u' and None and (.320716182), i / __x, r'\d' + value) if -(0 ^ self) else (0e-337 | c) ** ((0O56707227567576) % node)
(total ** None < (r'\d' and _) >= (... and key) > - ...) + '''t'''[...].items ^ (node ** node | (_ or y)) - (__x ^ True | ("d" if π else self))
(z >= 792j is not 0000 != '\n') // (data and CamelCase) != 2.5E11
r20 = 8884876253429417947 & print
π & total and len | 9.e-37
b'b' and ...
r23 = await if 's' else b'b'
[async, async ^ a, False ^ 0B011111010000100100110110]
