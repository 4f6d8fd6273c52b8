# Deep-ish nesting of blocks and expressions.
def level1():
    def level2():
        def level3():
            def level4():
                def level5():
                    class Level6:
                        def level7(self):
                            if True:
                                for i in range(1):
                                    while i:
                                        try:
                                            with ctx:
                                                if i:
                                                    return [[[[[[i]]]]]]
                                        except E:
                                            pass
                    return Level6
                return level5
            return level4
        return level3
    return level2


x = ((((((((((((((((((((1))))))))))))))))))))
y = [[[[[[[[[[[[[[[[[[[[0]]]]]]]]]]]]]]]]]]]]
z = {1: {2: {3: {4: {5: {6: {7: {8: None}}}}}}}}
w = f(g(h(i(j(k(l(m(n(o(p(q(0))))))))))))
v = a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p
u = a[b[c[d[e[f[g[h[0]]]]]]]]
t = 1 + (2 * (3 - (4 / (5 % (6 ** (7 // (8 | (9 & (10 ^ 11)))))))))
s = -(-(-(-(-(-(-(-(-(-1)))))))))
r = not not not not not not not not x
q = lambda: lambda: lambda: lambda: lambda: 0
p = a if b else c if d else e if f else g if h else i
