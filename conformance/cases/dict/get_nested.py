data = {'a': {'b': {'c': 42}}}
print(data['a']['b']['c'], data.get('x', {}).get('y'))
