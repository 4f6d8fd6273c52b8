# Generated: expressions mixing every operator level, set 38.
r0 = (not j) // (not a), "d" % (név & 442j)
r1 = not _.real
r2 = 'é'.real(sep=0o615254275357,), (5e-324 if 'é' else 61363.302803) ** ((0B0) | u'u')
r3 = 0e+382 | value >= (total and j) is + r'\d'
(lambda x: 0 * r'\d') << y + z + ('s' & 0B1011101110000111111100111101001001101001001)
r5 = async if ((b'b' == __x not in async == y) | (CamelCase or key)) >> {74527823416251627716 or _: print & (144013), self | r'\d': value ^ z, count: None // items} else not 0B10010100101001110011111100001111011100100110001 in 5e-324 < u'u' or ()
r6 = CamelCase(False ** obj << (value & 's') for _ in π - value << +(415797948.0))(*k ** z | j) > (not (0b011010101010100011000010000101000011101110011 and False and 0O54322637337746520313510) or +x + (not 0B1000100111010111001110011001111101010010) or 00 / 17869.848755j and (a and j and a) and (470) ^ 5848169827573489745) >= (-False) ** (None | u'u') ^ total(*data or items or 'é')[(0B11100110) & 'a' 'b':, None] > '''t''' - j - k
r7 = self in -222j and not data and +(b'b' or CamelCase or 0xD6BBf4373C81c), 'é'.real(print & node, None ^ '\n', ~0xCAAf802aE2FeACDc10, sep=await << r'\d', reverse=items)
a(4522752 or True or r'\d', *'''t''' << größe, sep=await)[1e+287 < r'\d' is not '\n' < k:, not total]
r9 = items * items % (len & value) & {c: len, ... or None or k: (0)}.items[...]
r10 = 0xd * _ & (len and key) & (items ^ 's' ^ _ // ...)
r11 = (True ^ z) ** (obj | None)
r12 = CamelCase.left if i else - '\n' if snake_case_name else 'a' 'b' >> node, {... // _: + (0x7FB16Fe6e6d874AC7Da4410f7) for async in 'a' 'b' if π or total or 'é' if ~ __x}()
(self or u'u' or 317104643.) | (lambda *a, **k: "d")
r14 = - (z or total << 0)
r15 = not n, (value or async or größe) // (größe and snake_case_name)
r16 = not value, π != (lambda p0=1, **kwargs: node) > (True and print and _) is 'a' 'b'
r17 = lambda *, k: _
r18 = ((not 's') != 502869456558319018197904868 | 332306998946228968225951765070086144 != 00 // y) % ((0o27023127237060255) or 359j or 'é' & (0o3025437)) in (i >> 0000 & (név or total or 'a' 'b')) + obj < ('s' and 'é' < x not in ...) & (x & count & (0E-26 ^ 217j)), (not self) << (1e+108 or result)
r19 = (~False in y in k) & ('a' 'b' & (k ^ len))
r20 = 'é' ^ n
r21 = (u'u' is not 'a' 'b' == c == 's') + ((0b000001) ^ print)
r22 = ([False | név] & True ** (_ and CamelCase and items)) + ((... | (999999999999999999999999.0) and key and (result and '''t''' and (0b11100010010001011111011))) | (None | név <= None)), self << 0e+397 ^ (00 or items)
(81) & async
r24 = data * 'a' 'b' and CamelCase & b'b' or data // (0b00111101100100011001110111010000111101100 // 2.2250738585072014e-308), (__x ^ (0.0000000000000000001)) + (self if '''t''' else async)
