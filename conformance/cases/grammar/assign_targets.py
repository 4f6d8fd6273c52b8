l = [0, 0, 0]
i = 0
i, l[i] = 1, 2
print(i, l)
class O: pass
o = O()
o.a, o.b = 'x', 'y'
print(o.a, o.b)
