# attack: squaring a 15.8-million-bit int (3**10**7), each product one huge multiply
# expect: time_limit(wall)  limits: wall=1 memory=256M
x = 3 ** 10 ** 7
for i in range(100):
    y = x * x
print("unreachable")
