from functools import singledispatch
@singledispatch
def show(x):
    return 'object %r' % (x,)
@show.register(int)
def _(x):
    return 'int %d' % x
@show.register(list)
def _(x):
    return 'list of %d' % len(x)
def show_str(x):
    return 'str ' + x
show.register(str, show_str)
print(show(1), show(True), show([1, 2]), show('s'), show(1.5), show(None))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(str) is show_str)
print(sorted(k.__name__ for k in show.registry))
class MyList(list):
    pass
print(show(MyList([1])))
