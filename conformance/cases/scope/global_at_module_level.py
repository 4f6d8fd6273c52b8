global zz
zz = 5
print(zz)
