# Generated: subscripts and slices, set 4.
m[größe & 'é'] = größe or '\n' or __x
v1 = k[:]
v2 = value[_ and j and r'\d', ..., snake_case_name ^ CamelCase]
v3 = count[CamelCase:größe:]
v4 = obj[513j]
v5 = value[:(326764949.):397015213024005797069457966296, 'é':'a' 'b':...]
grid[0][...:] = 0E349
grid[0][self::b'b'] = 000 not in 592684.365621
v8 = j[_::b'b' ** items]
del arr[...,]
del m[4835703278458516698824704 * (print ^ count):- k | result & 0B100101001110110111100101100101011100001100110111011110110110101001]
del arr[(93463221088486)::y]
v12 = async[y ^ snake_case_name or (9.e-29),]
v13 = CamelCase['a' 'b':, snake_case_name:async:0.00000001]
del m[False and await]
grid[0][x:,] = 2.5e339
v16 = items[név[None if i else (99999999999999999999.0)](total - c, u'u' >> ..., lambda p0=a.b, p1=1, p2=(), **kwargs: node):items ** obj ** c:(j | items) & (0b0101111011110101110011101101100010101111101101 & async)]
v17 = value[:.418898430 | (not CamelCase)]
v18 = total[async and '\n' and b]
v19 = _[("d" << b), (1e23 & node) + 0o5455614, 999999999999999999999.0 + '\n' & +_]
del arr[(3862438599991653357j or név) ** (590409.560375 | 'a' 'b')]
v21 = self[b + 'a' 'b']
v22 = await[snake_case_name or c or '\n']
v23 = snake_case_name[(not '''t''') + r'\d':(data and 486212915291040732402833173313779234) << (b'b' << '''t'''):]
arr[j] = 0b0111101000 % 729j
arr[:(0b10000111110000110000011100000110010111100011110100001001110111110) | 'é'] = _ % név
grid[0][:z or a or True:self ** 'é'] = 766061006. | b'b'
arr[c:] = (723587.274673)
v28 = self[:99999999999999999999999999.0 & key:key + .5e+244J]
v29 = result[i > 91159282150316090208424093752 if obj and '''t''' and (918j) else n if items else 9161163]
