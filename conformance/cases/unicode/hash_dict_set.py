# Distinct surrogates are distinct keys; equal strings hash alike.
d = {'\ud800': 1, '\udc00': 2, '\ufffd': 3}
d[chr(0xd800)] += 10
print(len(d), d['\ud800'], d['\udc00'], d['\ufffd'], hash('\ud800') == hash(chr(0xd800)))
s = {'\ud800', chr(0xd800), '\udfff', 'a\ud800'[1:]}
print(len(s), '\ud800' in s, '\udc80' in s, sorted(ascii(x) for x in s))
d['\udbff']
