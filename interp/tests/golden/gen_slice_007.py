# Generated: subscripts and slices, set 7.
del m[CamelCase]
v2 = b[z]
del m['\n' & obj]
v4 = größe[:(314598.853018) ^ (not b'b'):value[...,](000, key=__x, k=not 5e-324)]
v5 = snake_case_name['''t''':9.E-64:,]
v6 = _[453121.685606 and 'é':név or 484963885 or größe:... << 987917065.0]
grid[0][...] = 0O542
del arr[n + (snake_case_name | b'b')]
m[:node + True > False >> len] = data ** "d"
del arr[await]
arr[:async ** (10000000000000000000000000)] = items or 0000
v12 = y['é' // True:, :True and (0o75461723174675162672), 9.e83:1e23]
del arr['\n']
v14 = név[:self:"d" | len ^ 838j]
v15 = await[:y]
v16 = k[:async]
v17 = i[0b1011001110011011010010101000 ^ ...:not 's']
v18 = len[total]
arr[not "d"] = not async
v20 = count[:név | 0e+164]
arr[x] = 0X3bcD3BceC27d8b841f672C444cfa8a % z
del m[924377671639, 807j, total::]
v23 = node[b and False:result ^ 2.5E+148, (1e-27) ^ x::'\n', :]
v24 = a[114212273. ^ node:0e+60:, ~755j, ~None]
v25 = data[len:]
arr[π << π:'a' 'b'] = i and (0X0bAF8aEB5C50) and 000
v27 = value[False:print:(65540.848112), b'b', CamelCase]
v28 = total[::914583.914204]
v29 = value[:b'b':b'b']
