# Generated: subscripts and slices, set 9.
arr[..., :items] = False
v1 = result[név]
grid[0][0 & a, (0x25f2b3D9CDb13866fB2bdaf2ffc147)::... ** count, None >> u'u'] = "d" ** ...
m['''t''' ^ '''t''':('a' 'b' == 12259964326927110866866776217202473468949912977468817408 == k) & u'u' ** CamelCase:'\n' ^ False or self] = y
del arr[a:node:b, 0B1011110101000110101011100101011100111101110100, 0X71a182bDACfffC5Dde7dB9aBEb4:result]
grid[0][:_, 's'] = 84788118717 if r'\d' else größe
v6 = data[_ >> 386334490.0:]
v7 = self[z]
v8 = async[+(c ^ result)]
del arr[:größe & u'u' and i:(len or __x) - (.5E-104 ^ a)]
v10 = obj[1e205 // ((0j) or await)]
v11 = self[:CamelCase:...]
grid[0][:[](*... ** async, default=_ & None, **node and True and '\n')] = 650340458.0
m[print,] = név & 'é'
v14 = obj[0B0010111110101011001000010111110]
v15 = y[not x >> 0b00111101110010001110010100010000]
m[not 's':662368.150732 << 23384026197294446691258957323460528314494920687616] = y % True
v17 = items[lambda *args: obj]
v18 = y[data]
v19 = y[{n, key ^ (111468071.), z | c}[False << snake_case_name:-854j](__x + 2.5E1, 1e22, key=data * (750j), default=lambda x: b'b')::]
v20 = items['\n' ** total:b'b' << items]
v21 = data[a, größe or not total]
v22 = items[...]
v23 = total[:]
v24 = größe[['a' 'b' ** obj for __x, y, await in 'é' or b'b' if 99999999999999999999999.0 if ~ 'a' 'b' for CamelCase, value, CamelCase in "d" or r'\d'](False << b for obj, result in self + (0x30))[self % 0.00000000000001]]
v25 = a[__x]
v26 = x[::1e23 | 0]
v27 = j[größe]
v28 = c[data[901391.145338::_ & i, ... >> total::](not 83974143., len & 786279.369530, c, key=obj & c, sep=not result)]
v29 = print[0B1001110111111000111110001100011111100101111011101100110001011000::'a' 'b']
