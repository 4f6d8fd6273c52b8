# attack: setting attributes on built-in types must fail (they are shared across evaluations)
# expect: ok  limits: wall=1
# stdout: "['TypeError', 'TypeError', 'TypeError', 'TypeError', 'TypeError', 'TypeError']\n"
results = []
for target, name in [(int, 'x'), (list, 'append'), (object, '__eq__'), (str, 'upper'), (type, 'mro')]:
    try:
        setattr(target, name, lambda *a: 'pwned')
        results.append(target.__name__ + ' mutated')
    except TypeError:
        results.append('TypeError')
try:
    type.__setattr__(int, 'y', 1)
    results.append('type.__setattr__ mutated int')
except TypeError:
    results.append('TypeError')
print(results)
