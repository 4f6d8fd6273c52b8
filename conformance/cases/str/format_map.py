print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
class D(dict):
    def __missing__(self, k):
        return k.upper()
print('{x} {y} {z!r:>5}'.format_map(D(x=1)))
print('{a[0]}{a[1]:>3}'.format_map({'a': 'xy'}))
'{a}'.format_map({})
