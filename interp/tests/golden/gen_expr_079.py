# Generated: expressions mixing every operator level, set 79.
r0 = ((r'\d' | result | print << '\n') << items(*k | (0E-258), k=a - 0b0000000000111011111110001101011111110)) ** (result(count >= 's' == async, self if größe else snake_case_name, 's' ^ True, *CamelCase << '\n')[(841924.361399)] >> CamelCase(not b'b', x, 2.5E40 >= j)), (z < 0Xa19fC8a < items) ^ j << név
r1 = i
név >> count & (... if 0000 else len)
r3 = (not (False & data if z >> n else π ** b'b')) - items.next(('s' - False) for a, len in not snake_case_name)
k[obj[...]:].ŝ
r5 = -(obj and ... >> False and (False or 'a' 'b' or True))
r6 = [(... | data or π | 0O354174350664071) ** (12989290240406174119285847400463 ** 279453.82154 <= True | "d") for (len, await) in (k and value) & (682j | total) or not 0000 | None or (not 517217.930011) + (π << CamelCase) if + ~(29 >> total)]
r7 = 's' & 644049025.0
(r'\d' and 120348068. ^ 9977202 and b ^ x) % ((obj & größe) - None / b'b') - CamelCase ** result.x("d" for i, self in print)
r9 = (() if (größe | 0B1000010011001000110010101001111101111000011111001111000100101110) % 's' else [data ^ obj for (b, __x) in b'b' if result | "d" if await or CamelCase or items for π, név in 1E+162 if CamelCase // node for c in CamelCase or node or név]) | []
node
930871.955220 or n or 729029.55583
node
r13 = node.x and node(False, not node, c, *not x, default=lambda *, k: größe).real and (... if n else y) ^ count
[].items.left
r15 = (snake_case_name or a) ** ~ '''t''', (lambda p0=..., **kwargs: größe) & (await < '\n')
(0o20 << value if total or (935j) else 0000 + 0o3) or (0O053527131703053320540 in 986428578.0J > '''t''' <= név) ^ total - 318407.816330
r17 = (999529.635954 >> 's' & (x and CamelCase)) - (not "d")
r18 = + (('\n' * 571275819766 if node or 635103.414422 or 0x9BD4aBD9ec7ffAeD748FBA2f32FF else r'\d' or False) if (not 0b0000) | (not 's') else (not '\n') is (total or ... or r'\d') is not 0 ** None is (r'\d' or 's')), False > (397031718680802329639014626320058873) == 486768085.0 >= név if 9.e+267 else async
not größe
r20 = z << ...
+ ((0xdEA6BEeC1ccB9b4 + True) / (async and x) ^ CamelCase)
r22 = + 0B1011001110010100111110000101100111110000100111100 >> (465695.318006 & 917649352.0)
r23 = lambda *a, **k: 1630465332882704700
r24 = not 492616.742913 >> total >> (snake_case_name and n), - True ** node
