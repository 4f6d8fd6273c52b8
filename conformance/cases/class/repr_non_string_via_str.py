# str() of an object whose __repr__ returns a non-string: object.__str__
# calls __repr__ directly, so str(), print(), '%s' and format() report
# "__str__ returned non-string"; repr() and '%r' report "__repr__ ...".
class R:
    def __repr__(self):
        return 5


for name, f in [("str", str), ("repr", repr), ("print", print),
                ("%s", lambda o: '%s' % o), ("format", lambda o: '{}'.format(o)),
                ("%r", lambda o: '%r' % o), ("list", lambda o: str([o]))]:
    try:
        f(R())
    except TypeError as e:
        print(name, "TypeError:", e)
