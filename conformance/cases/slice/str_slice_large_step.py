s = 'abcdefghijklmnopqrstuvwxyz'
print(s[::5], s[::-7], s[3:20:4], s[20:3:-4])
