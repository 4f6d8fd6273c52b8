# Generated: nested statement trees, set 30.
class Cls1(*bases):
    π[:] = True
while n << obj and (False or i or len) and count & π:
    continue
    while a and (999999999999999999999999999999.0) and (node or 238396.285519):
        try:
            with +1e23 ^ (99999999999999999999999.0 ^ print) as self.res:
                b'b' & (5e-324 < True < 225j)
        finally:
            if (result and ...) * (obj >> 5e-324):
                break
                total = value = __x & y
                [a, *b, c] = ((lambda: None) and CamelCase - count and a ^ 0b0010000000001001110100101) - (j // CamelCase | async + π)
            név.next = not n
        try:
            def fn2(p0, p1=1, *args, p2, p3=-1, **kwargs):
                loc3 = 0
                i // key and total and 676173.201859 - b; global g2
            def fn4(p0, p1=-1, **kwargs):
                loc5 = 0
                global counter, g3
        finally:
            with y.value[:snake_case_name:] as [x, y], i ** 790807426.0 if snake_case_name + k else key and 129738.781319 and 000 as self.res, i + i << (név or j or b'b') as [x, y]:
                ~(None // async if 0o4626646045252101241220 else 412699.579484 and y)
                y.real = items and '''t''' and 6080090692187025295215860257864143388878
            if - 27647332940437909974156623383435839 | "d" >> (32928243.):
                pass; await & total ^ self if not a or (869398369398606844658) or True + a else (133691163.0 or 's') ** (786j or b'b')
                break; k = print.x = lambda **kwargs: False
                x //= snake_case_name.x[not (528165373.0), :0o1452444463 % .269925345, ...] not in (i << async and u'u' * 's' and (lambda *, k: 's')) in snake_case_name.items is (print if a else await - True)
            x(sep=j ** 'é') and {__x and 264019839.0, not key} and 'a' 'b' ^ 0b1000110010100011010011001000110110000 ^ (z ^ 992839728.)
del a[1:2]

self = data = lambda x: None % key

(0O07011201025054256600) - (k ^ async) << (.341859044 + key >> 000)
+snake_case_name

