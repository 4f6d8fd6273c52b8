# attack: fresh 40 MB strs as dict keys in a loop (hashed on insert)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'ab' * (20 * 10 ** 6)
d = {}
while True:
    d[s[1:]] = 1
    d.clear()
