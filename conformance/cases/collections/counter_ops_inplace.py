from collections import Counter
a = Counter(x=4, y=2, z=0)
b = Counter(x=1, y=5, w=3)
print(sorted((a | b).items()), sorted((a & b).items()))
a += b
print(sorted(a.items()))
a -= Counter(x=10)
print(sorted(a.items()))
print(Counter({'a': 3, 'b': 1}).most_common(), Counter(a=3) == Counter(a=3, b=0))
