def add_tag(cls):
    cls.tag = 'tagged'
    return cls
@add_tag
class C:
    pass
print(C.tag)
