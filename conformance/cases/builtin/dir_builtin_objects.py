# dir() of built-in objects lists their descriptors; only names that 3.4
# and later versions share are checked (py34-vs-py311.md section 7).
def g():
    yield 1
class C:
    def m(self):
        pass
def f():
    pass
checks = [
    ('function', f, ['__call__', '__code__', '__defaults__', '__dict__', '__doc__', '__globals__',
                     '__kwdefaults__', '__module__', '__name__', '__qualname__', '__closure__',
                     '__annotations__', '__get__']),
    ('builtin function', len, ['__call__', '__doc__', '__module__', '__name__', '__qualname__',
                               '__self__', '__text_signature__']),
    ('method descriptor', list.append, ['__call__', '__doc__', '__get__', '__name__', '__objclass__',
                                        '__qualname__', '__text_signature__']),
    ('slot wrapper', int.__add__, ['__call__', '__doc__', '__get__', '__name__', '__objclass__',
                                   '__qualname__', '__text_signature__']),
    ('method-wrapper', (1).__add__, ['__call__', '__doc__', '__name__', '__objclass__',
                                     '__qualname__', '__self__', '__text_signature__']),
    ('bound method', C().m, ['__call__', '__func__', '__self__', '__doc__']),
    ('generator', g(), ['__iter__', '__next__', 'close', 'gi_frame', 'gi_running', 'send', 'throw']),
    ('exception', ValueError('x'), ['__cause__', '__context__', '__dict__', '__suppress_context__',
                                    '__traceback__', 'args', 'with_traceback']),
    ('code', f.__code__, ['co_argcount', 'co_filename', 'co_firstlineno', 'co_flags',
                          'co_kwonlyargcount', 'co_name', 'co_nlocals', 'co_varnames']),
    ('type', type, ['__abstractmethods__', '__base__', '__bases__', '__basicsize__', '__call__',
                    '__dict__', '__dictoffset__', '__flags__', '__itemsize__', '__module__',
                    '__mro__', '__name__', '__qualname__', '__weakrefoffset__', 'mro']),
    ('class', C, ['__dict__', '__doc__', '__module__', '__weakref__', 'm']),
    ('instance', C(), ['__class__', '__dict__', '__doc__', '__module__', '__weakref__']),
]
for label, obj, names in checks:
    d = dir(obj)
    print(label, [n for n in names if n not in d], d == sorted(d))
for label, t, names in [('builtin_function_or_method', type(len), ['__name__', '__self__', '__module__']),
                        ('method', type(C().m), ['__func__', '__self__']),
                        ('BaseException', BaseException, ['args', '__cause__', '__context__', '__traceback__'])]:
    print(label, [(n, type(t.__dict__[n]).__name__) for n in names])
print(type(len).__dict__['__name__'].__get__(len), type(C().m).__dict__['__self__'].__get__(C().m).__class__.__name__)
print(BaseException.__dict__['args'].__get__(ValueError(1, 2)))
e = ValueError('a')
e.args = ('b',)
print(e.args, e, 'args' in e.__dict__)
