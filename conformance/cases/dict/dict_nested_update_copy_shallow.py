a = {'k': [1]}
b = a.copy()
b['k'].append(2)
print(a['k'], b['k'] is a['k'])
