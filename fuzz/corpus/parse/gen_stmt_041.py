# Generated: nested statement trees, set 41.
assert not größe
with {'é' or a} as [x, y], (a if data else 0x3b8bbCcDdEFd78ffA) ^ False as out[0], ~ (größe + u'u'):
    b'b'
név ** len ^ count
try:
    class Cls1(A, B):
        a, *b = len.ŝ = ... + None
        del [x]
        print = (név - ...) ** 742837.912257 & (not not 0O7267665625); ((0x924501C327EB3EBccB1cfBf6aD6Cd) >> 0) ** 'a' 'b' << snake_case_name(end=r'\d' & total, k=0B01010010111010100011111100001011100011 + snake_case_name)[total:]
    try:
        assert név | True
        pass
    finally:
        pass
except (KeyError, IndexError):
    class Cls2(metaclass=Meta):
        + (print - ... + False)
except E:
    try:
        snake_case_name << "d"
        count &= 790j + self
    except mod.Error as err:
        CamelCase[not 0x9CD605886E:,] = node.ŝ = (len)[value and 0X1D4b58 and "d"]
    except mod.Error as err:
        node = "d" if 178453.951019 else CamelCase
    except (KeyError, IndexError):
        1E-271 << (0)
    else:
        assert -((00) ** 9671406556917033397649408)
        c.real = x
        True
else:
    x <<= print >> c
    obj or ~ len
for k, v in {b | async, i, 'é' ** 197641.65077}:
    break
else:
    while név(self and 0.00001, not len, reverse=(0o515471072633111) >= 407j)[név, k | 912055.69910j::]:
        while ('é' ^ len) ** (not 'é'):
            del items[0]
            pass
            continue
        else:
            del a[1:2]
