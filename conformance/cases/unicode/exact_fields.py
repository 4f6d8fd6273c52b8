# %-formatting, str.format and format() keep the lone surrogates of user
# __str__/__repr__/__format__ results and of str arguments (padded, cut,
# converted with !r/!s/!a); attribute and keyword names with surrogates
# appear exactly in error messages.
class R:
    def __repr__(self):
        return '\ud800'

    def __str__(self):
        return '\udc00'


class F:
    def __format__(self, spec):
        return spec + '\udfff'


print(ascii('%s%r|%5s|%-4r|%.0s|%a' % (R(), R(), R(), R(), R(), R())))
print(ascii('%c|%3c' % ('\ud800', '\udc01')), ascii('%(k)s|%(k)r' % {'k': '\udc80'}))
print(ascii('{}{!r}{!s:>3}{!a}{:x}|{:}'.format(R(), R(), R(), R(), F(), F())))
print(ascii(format(F(), 'q')), ascii(format(R())), ascii(format(R(), '')))
print(ascii('{0}{0!r}{0!a}'.format('\ud800')), ascii('{0[0]}{1.x}'.format(['\udc00'], type('N', (), {'x': '\udfff'}))))
print(ascii('%s' % '\udc80'), ascii('%r' % '\udc80'), ascii('{}'.format(1)), '%s %r %5s' % ('a', 'b', 1), '{!r:>5}'.format('x'))
print(ascii('{k!r}-{k}'.format_map({'k': '\ud800'})), ascii('%-3s|%.1s' % ('\ud800', '\udc00\udc01')))


class O:
    pass


o = O()
try:
    getattr(o, '\ud800')
except AttributeError as e:
    print(ascii(str(e)), ascii(e.args))
try:
    getattr(O, '\udc00x')
except AttributeError as e:
    print(ascii(str(e)))
setattr(o, '\ud800', 1)
setattr(o, '\udc00', 2)
print(ascii(sorted(vars(o).items())), getattr(o, '\ud800'), hasattr(o, '\udbff'))
delattr(o, '\ud800')
print(ascii(sorted(vars(o))))


def g(a):
    pass


try:
    g(**{'\ud800': 1})
except TypeError as e:
    print(ascii(str(e)))


# Only __repr__: str() and print() use it (object.__str__), exactly.
class OnlyRepr:
    def __repr__(self):
        return 'r\ud800'


class E(Exception):
    pass


print(ascii(str(OnlyRepr())), ascii('%s' % OnlyRepr()), ascii('{}'.format(OnlyRepr())), ascii(format(OnlyRepr())))
print(ascii(str(E('\udc00'))), ascii(str(E('\udc00', 1))), str([1]), str(1.5), str(type))
try:
    print(OnlyRepr())
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.start, e.end)
