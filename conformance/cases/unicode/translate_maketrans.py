# translate and maketrans map surrogate code points.
t = str.maketrans('\ud800a', 'x\udfff', '\udc00')
print(sorted(t.items()))
print(ascii('a\ud800\udc00b'.translate(t)), ascii('abc'.translate({98: 0xdc80})), ascii('\ud800'.translate({0xd800: None})))
print(ascii('q\udfffq'.translate({0xdfff: '<>'})), ascii(str.maketrans({'\udbff': 'z'})))
'a'.translate({97: 0x110000})
