# Generated: nested statement trees, set 54.
del [x]
if (a <= 0x0bb8cC93bcC) / (... - x):
    count -= (False & 0X9cae94C89946f4EdC057e2F554 is ~z == CamelCase < (async if _ else self)) << (0o4553414020325656333 if None else b'b') + (név if snake_case_name else 2.5E-238)
elif k(False, end='a' 'b').items[0o14:- n:~ _, not items:'é' ** 2.5e211, :]:
    for k, v in π:
        break
        pass
        break
    if +(not k):
        del obj.attr
        assert 0X8E819F949DBDAADbEF8cd9E and c and "d"; lambda p0, p1: data
        v = b ^ __x == r'\d' % r'\d' < ... is not ~j
    elif not y and items & 0.00001 and "d" & '''t''':
        n[(337j) > b::None in __x != b > 434795120.0, key, :not None] = data ^ 'é'
        count.x = 744j or 381920
    count *= not '\n'
0E-72 if (9999999999999999999999999999.0) else größe
n[+items] = "d" == 0x0aC05

