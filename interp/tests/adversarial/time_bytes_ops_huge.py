# attack: long native bytes operations: count, find, replace, split, join, translate
# expect: time_limit(wall)|memory_limit  limits: wall=0.5 memory=512M
b = b'ab' * (20 * 10 ** 6)
while True:
    b.count(b'ba')
    b.find(b'abc')
    c = b.replace(b'a', b'xy')
    parts = b.split(b'b')
    d = b'-'.join(parts)
    e = b.upper()
