def f():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                return out
            out.append(i)
        finally:
            out.append('f%d' % i)
print(f())
