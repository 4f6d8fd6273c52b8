# Generated: nested statement trees, set 50.
del a, b
try:
    if b.left:
        pass
        x -= a // ("d" / (780167543961502318372174140)) & (größe & print) - (név | key)
        await = a = len and '''t''' and '''t'''
    elif név | b'b' * (0o5320140):
        pass; del items[0]
        pass
        (not k) << -b
    else:
        del obj.attr
        y = (471061.492909) ** value; pass
except mod.Error as err:
    @a.b
    def fn1(p0):
        loc2 = 0
        return ~_
    if node << u'u' & (a ^ 0o22147020635647714657753):
        __x[000, 0e-176j | 1679159:+snake_case_name:value / 768341684.0] = größe.value = node or items or i
        z.ŝ = count.x = data & len
    items[0] **= not (b'b' or r'\d') ^ 00j + async
else:
    x %= y((value == result != b) in größe & "d" for _ in 0Xd5C8f0b7FCCd4530D4Ec << snake_case_name > ~x is ("d" > b > print)).value((0xF5Db & items) + (total | None), *497608.307897 ** '\n' - (True == 5e-324 is not True))
@x.y.z()
def fn3(p0, *args, p1, **kwargs):
    loc4 = 0
    x = count & (0000) & (0b1001000001100111110011111 or obj)
    try:
        print[not k::] = obj = key + i * u'u' & j(00 and (936254.587254), **self | 118278.898758)
    except Exception as e:
        global counter
    except (KeyError, IndexError):
        del (x, y)
        obj.attr |= (data >> n) ** (π & größe)
        (0O1)[(0xFF4DA38) or _ or a::](r'\d' not in 0000 <= CamelCase is not u'u' for __x in len ^ név)
    finally:
        pass
        global g1
        del a[1:2]
for i in π in 0Xbb or 'a' 'b':
    obj.attr /= n | print
