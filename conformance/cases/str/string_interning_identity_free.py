a = 'hello'
b = 'hel' + 'lo'
print(a == b, len({a, b}))
