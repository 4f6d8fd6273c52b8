import sys
def inner():
    f = sys._getframe()
    caller = sys._getframe(1)
    return f.f_code.co_name, caller.f_code.co_name, f.f_back.f_code.co_name, sorted(sys._getframe(1).f_locals)
def outer():
    local_value = 7
    return inner()
print(outer())
top = sys._getframe(0)
print(top.f_globals is globals(), top.f_code.co_name, top.f_back)
def lineno():
    return sys._getframe(1).f_lineno
print(lineno())
print(lineno())
def deep():
    return sys._getframe(50)
deep()
