def f():
    pass
f.tag = 'hello'
f.count = 0
f.count += 1
print(f.tag, f.count, sorted(k for k in f.__dict__))
