# Generated: subscripts and slices, set 10.
del arr[:~ y]
v1 = b[not 'a' 'b' - async]
del m[key ^ items or 724063.482967 & 0X59A62DE22B6E21B1fA4f4cA0FB4 or 0xCB925C0fb6abe1FBB0FF / c:((41448877312267) | .514717317) / '''t''']
v3 = print[result:]
grid[0][n or y] = await
v5 = n[:len]
del m[count + value::]
v7 = snake_case_name[snake_case_name:u'u':]
del arr[snake_case_name(0b0001011000101001011000000110110101001000001 or 000, print << u'u', key=x, reverse=len ** 9.E137)]
v9 = név[total:2.5E390:'é']
v10 = key[:not név]
arr[::total | 0O4367] = i << 'é'
del arr[key]
v13 = y[None if len else .63445544]
v14 = total[a:(2.2250738585072014e-308):'''t''']
v15 = i[:u'u' & (93536104789177786765035829293842113257979682750464) % z]
v16 = i['''t''' | items or u'u' or (0O603713475563510) ** obj:]
v17 = len[:CamelCase[k if False else y:, ...]]
v18 = b[:data, a:r'\d']
arr[not not 356j:not True | await] = async ** node
v20 = b[...]
v21 = data[:b'b', node, async:]
v22 = n[+u'u', async]
v23 = c[..., - k / await, :y * 0XEf1EBc3 + i]
m[::key] = 'a' 'b'
v25 = __x[not len % await::x(async >> 2.2250738585072014e-308, *_ | count, k=973j >= 'a' 'b' not in 166744692., sep=- (0O1345104072143))(2.5E+277 or '''t''' or "d" for __x in 874145.323683 and None and x)[:'s' & print:n if u'u' else 1e23]]
grid[0][:"d"] = 913905999. ** False
v27 = CamelCase[k:508837755477220081877944964371436456]
v28 = i[...]
v29 = b[:None]
