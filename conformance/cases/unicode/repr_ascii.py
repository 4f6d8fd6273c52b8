# repr/ascii/%r/format !r escape lone surrogates.
s = "it's \ud800"
print(repr(s), ascii(s), repr('\udfff"'), repr(['\ud800', ('\udc80',)]))
print('%r' % '\ud800', '{!r}'.format('\udc00'), '{!a}'.format('\xe9\ud800'), ascii({'\ud800': '\udfff'}))
print(str(repr('\ud800')) == "'\\ud800'")
repr()
