# Generated: subscripts and slices, set 3.
v0 = π[:név // ('a' 'b' - '''t''')]
v1 = key[True, :6415833908657507885351024114089:, 372480613.]
v2 = π[:(0X21ddA5bf62f4ED) or self]
v3 = total[async:név:'a' 'b']
v4 = név[items:]
m[...] = '\n' >= 0O2221457204 >= n
v6 = név[obj[b'b' <= count < ...:True | 0O7723151],]
grid[0][len ^ 287884.178848 and k ^ "d" and _ != ... > 0B110001 in 'é'::, ..., lambda x, y=1: 'é' ** b'b':] = async <= 's'
v8 = név[-(226054.509394 > b != CamelCase):snake_case_name ** node % n]
v9 = async[items or 0E+315 or False >> node]
v10 = a[(18889465931478580854784):]
grid[0][c] = None ** größe
v12 = größe[c]
del arr[self // k]
del arr[print & _ or items | print or True]
del arr[k ^ 2.5e+57]
grid[0][:'\n'] = c
v17 = größe[(879159.491024) >> (0xDe0642Ae0F), ~0.00000000000000000001:284957.69228 or x:, 5e-324 and obj and 2.2250738585072014e-308:00]
v18 = c['\n', x <= j:y ** név]
del m[data and 167618839283645472949351756252:]
v20 = y[node // r'\d' >> +b'b':~ (50216813883093446110686315385661331328818843555712276103168):, (0o552315254631604667012 or (0)) & j ** snake_case_name:, - 723336.66569 | (_ or größe or 0)]
v21 = k[:(result | data) >> i:]
v22 = i[value << - snake_case_name]
v23 = snake_case_name[-result]
m['a' 'b'] = not j
v25 = result[async, :print]
v26 = async[items + "d", False << y:__x ** snake_case_name, CamelCase or self:000 // node]
v27 = y[0b11000110100000001111101101010000100000101111101011011001011000101::19807040628566084398385987584]
m[größe, :_ | node:, ...] = not 00
v29 = result[...]
