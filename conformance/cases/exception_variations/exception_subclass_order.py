class Base(Exception): pass
class Sub(Base): pass
for exc in (Base, Sub):
    try:
        raise exc()
    except Sub:
        print('Sub handler')
    except Base:
        print('Base handler')
