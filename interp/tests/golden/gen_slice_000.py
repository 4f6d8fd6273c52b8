# Generated: subscripts and slices, set 0.
m[π] = .30867690
v1 = größe[:total:]
v2 = len[..., (lambda: k) | (0xFbaC7DCe078c6cc3aD) % "d"]
del arr[c]
v4 = i[...]
v5 = b[data ** 'é']
v6 = snake_case_name[0x135dfbbC19dFbB:95188334925339:'é', 0o265640264:, True]
v7 = _[..., 0o4111:]
grid[0][self:0xfE70aD:] = CamelCase >> név
v9 = obj[...]
v10 = key[not a]
v11 = obj[:]
v12 = i[::.844033657]
v13 = __x[b]
v14 = z[None ** 00]
del arr[:b:]
m["d" ^ 's' and True and y, :obj(... & j, end=u'u'), len ^ (total or ...)] = "d"
grid[0][π & False] = async
v18 = total[+(count + _)]
v19 = await[:lambda *a, **k: 445359.449892:]
v20 = __x[z]
v21 = __x[k]
m[await, 67515.654205:j:"d"] = key / '\n'
v23 = z[False if 1e98 else 405j]
del arr[...]
v25 = node[...]
v26 = __x[:('''t''' ^ await)[(0O45362512127360204066340)]:]
v27 = __x[(a and π and 's') ^ ~0xED36D071AF7E1e7F74aD1bBC8D9::]
del m[:1e193:None]
del arr[...]
