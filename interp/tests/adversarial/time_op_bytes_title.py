# attack: bytes.title() of 30 MB
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
b = b'ab ' * (10 ** 7)
while True:
    b.title()
