# attack: () * 55555555555555 and [] * 10**14 (found by fuzzing, session 7): repeating an empty tuple or list looped once per repeat with nothing to copy and nothing charged, so it ran past the 1 s and 200,000-instruction limits for hours; an empty unit now returns at once, as in CPython
# expect: ok  limits: instructions=200000 wall=1 memory=16M
# stdout: "0 0 0 0 0\n"
a = () * 55555555555555
b = [] * 10 ** 14
c = []
c *= 10 ** 14
d = 10 ** 14 * ()
e = ().__mul__(10 ** 14)
print(len(a), len(b), len(c), len(d), len(e))
