# attack: a 10**6-deep chain closed into a cycle, then garbage
# expect: ok  limits: memory=256M wall=1
# stdout: "collected\n"
head = []
a = head
for i in range(10**6):
    a = [a]
head.append(a)
del a, head
print('collected')
