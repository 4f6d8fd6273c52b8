class O: pass
o = O()
for o.x in range(3):
    pass
print(o.x)
l = [0, 0]
for l[0] in 'ab':
    pass
print(l)
