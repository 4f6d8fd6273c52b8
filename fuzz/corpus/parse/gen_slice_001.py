# Generated: subscripts and slices, set 1.
v0 = await[...]
m[:'''t''':(0xBBf7468fCFF6aedAB19F44A)] = .556950662
grid[0][[].append] = név % b'b'
del m[(snake_case_name and CamelCase and r'\d') % (z % 'é'):obj - __x | +None:{}(True if CamelCase else False, *305507.524169 >> 0e-82, reverse=not ..., end=+ 'a' 'b')]
m[...] = 's' ** "d"
v5 = größe[:value]
del m[count:x ** True]
v7 = obj[:y ^ "d" and 0XE7e4B2acDDCAEA179aC810baFb | 149022.504174:('a' 'b' ** 2907800920 for async in k - total if not .5e353 if r'\d' for (obj, i) in __x).attr(b + k for len in snake_case_name or 00)]
v8 = len[::0o720527260353045565673 or async or név]
v9 = async['s']
grid[0][a ^ True >= node != value ** c:] = False
v11 = π[:(r'\d' & '\n') - (i or b'b' or 0b000000001100110111011)]
del m[:(122j << 4488404488, -CamelCase, key | név)(y & 's' for result in j ** x).append, ..., ('é', async, lambda *args, p0={}, p1: ...):]
v13 = self[result, "d"]
v14 = __x[:obj | 'a' 'b']
v15 = x[:0 // 225784.617283]
del m[not (420866.130473) and i::]
v17 = _[...,]
v18 = result[j ^ True:1e23 + π]
v19 = key[név | (not b'b'):,]
v20 = CamelCase[i]
v21 = data[b and async and False]
del arr[:len(len, reverse=r'\d' & z, **self)(~535544, (846808997315994725479888493179494) and self and π, None <= None, *True, reverse=print // z)]
arr[(None is not (0000)) | - 0o473206] = i
v24 = x[...]
del m[snake_case_name >> (0o76) if (.313064299j) // async else count ^ 8237034]
del arr[((39614081257132168796771975168) and snake_case_name and größe) - + "d"]
del m[(_ | 's') ** ('''t''' and j):True ^ u'u' ^ (π or len or "d")]
del arr[::_ and i]
v29 = count[...]
