# Generated: nested statement trees, set 4.
class Cls1:
    assert (999999999999999999.0 - obj) + (not (None and False and c))
    class Cls2(Base, **kw):
        k[None] = result = (not j or True or len + (0o464763)) | _ & 1e23
        c[lambda p0, *args, p1=[], p2='s': π] = r'\d'(*not c, end='a' 'b').append * (größe >> ('''t''' and i)); x if 'é' else 655801.587969
        [a, *b, c] = '''t'''
    for (a, b) in '''t''' or __x or items if '''t''' ** node else 337:
        assert (0X7EFDE955) is not 0 <= obj
not count

obj.attr <<= (not CamelCase) ** 136824884. is not 894040.422854 | r'\d' ^ count

pass

while +... - ~7006227402112700020975410568037:
    assert ~value
    class Cls3():
        assert (lambda p0, p1,: név) is ('s' != snake_case_name > len != 0O42234110343161344154) >= (b < u'u' in i) or key ** 'é' ^ (True if y else _)
else:
    ~k
(items ^ 2.5e+147) & (not 's') and z(*True & await, k=print if 848838.948593 else __x) and not c
