# Generated: subscripts and slices, set 11.
v0 = c[j.next.left]
del m[...]
v2 = größe[key,]
v3 = i[b:größe:933922.748835, a]
v4 = y[not j / k]
v5 = x[...]
v6 = név[obj]
v7 = CamelCase[...,]
del m[~data:, ..., ::"d" << ...]
v9 = x[1e22J % _]
v10 = self[:0Xc98FC450C2AfCCBaFE68B3ab21]
v11 = k[...]
v12 = data[+ key, ..., __x >> név:43242572335114]
grid[0][b'b'::] = True and a
m[:data >> i if (.772605999) >> r'\d' else 0000] = False
del arr[(b'b' - len) // (lambda p0=1, p1=a.b, p2=x + 1, *, p3=(1, 2), p4=a.b, **kwargs: print)]
v16 = név[::]
v17 = snake_case_name[(0B001100001010110111100111011010110010101001110010):1e114, ::]
del arr[:await, 512431.557198, (0xFDE0aC0fF5EcBac3B23A9)]
v19 = items[c ** n & (_ | 72899281185594465157258963425824485739)]
v20 = __x[:+(CamelCase in __x in i not in obj), :(größe ^ a) % (await ^ print)]
v21 = count[.5E232 & b:'''t''' if (572240.321262) else a:not False]
del arr[név(a >> "d", "d", u'u' & value, end=~ snake_case_name).attr]
del arr[True ** 's' ^ ("d" ^ y):210j ^ (not obj)]
m[207658.555806] = k
v25 = node[node::,]
v26 = c[~ ~a:'a' 'b':not not "d"]
m[~z] = i
m[self > π is items not in 0b0100001111101010000001000000011101101001] = 0B00000010110010100001000000 ^ value
del arr[not (1329227995784915872903807060280344576 if y else i)]
