# Slices of strings with lone surrogates, every step.
s = 'x\ud800y\udfffz'
print(ascii(s[1:4]), ascii(s[::2]), ascii(s[::-1]), ascii(s[1:2]), ascii(s[2:3]))
print(s[0:1] == 'x', s[2:3] == 'y', s[4:] == 'z', ascii(s[-2:]), ascii(s[10:]))
print(ascii(s[::-2]), ascii(s[3:0:-1]), len(s[:]))
s[10]
