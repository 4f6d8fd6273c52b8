# attack: one divmod of a 20M-bit int by a 10M-bit int (schoolbook division)
# expect: time_limit(wall)  limits: wall=0.5 memory=256M
x = 7 ** 7000000
y = 3 ** 6000000
while True:
    q, r = divmod(x, y)
