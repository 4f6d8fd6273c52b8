# Generated: nested statement trees, set 60.
def fn1():
    loc2 = 0
    del x
    for obj.attr in (lambda x, y=1: data) ** (_ | True):
        async.x = ~None
        assert 0B1000000100101001111000110 + key & b'b' + (00), (62090094613650 or x or 's') | True
for (a, b) in False << n <= 0O442444445 % 's' >= 00 >= π & 's':
    for x, *rest in 0000j // 0o4464060500356536 and "d" and (count or größe):
        len = 0xA41feAE3C
    pass
    x = count[+snake_case_name] = print or 'a' 'b'

@wraps(f)
@a.b
def fn3(p0, p1, *args: f(1), p2: f(1), p3: int, **kwargs: "doc"):
    loc4 = 0
    not 996j and await & r'\d' and n

@deco
@cache(maxsize=1)
def fn5(p0=-1, *args, p1={}, p2=(1, 2)):
    loc6 = 0
    pass
for i in (313j) | 0o34076475221165366 | ((2.5E+92) | (794879622023250915526754)):
    while _ ** value - ... ** key:
        c = not '\n'
    else:
        for k, v in not i:
            try:
                pass
            finally:
                result = (lambda: i) and (total if (55) else (.495415055)); not '\n'
                await[not '''t'''] = async(név or 'é' or None, ... >= snake_case_name < '\n', data ** 58825429012, **total) >> c[:+ await]
                pass
        @wraps(f)
        def fn7(p0: list):
            loc8 = 0
            items[0] -= not {'''t''' for π in +(0X417CDfbd34393D01Edfe)}(~ i)
            z = (yield)
            def fn9(p0: f(1), p1: (int, str), *args: None, p2=(), p3: a.b=-1):
                loc10 = 0
                nonlocal loc8
        count[c ^ 'é']("d" >> 0, key=+0xEBf51aCAdAddB6f8F, sep=+ 98590828480) | (b or 'é' or value) % (False & név)
