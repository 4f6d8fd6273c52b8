# Generated: nested statement trees, set 49.
len = count = _ / u'u'
név[items | x] = {'s', False & 'a' 'b'} | self(None ** _, größe ^ 29752226770625082610358007014, sep=u'u').ŝ.ŝ
class Cls1(Base, **kw):
    assert ~(a & 's',)

obj.attr //= data ** items

