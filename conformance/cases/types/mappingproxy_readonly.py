class C:
    x = 1
d = C.__dict__
print(d['x'], type(d).__name__)
d['x'] = 2
