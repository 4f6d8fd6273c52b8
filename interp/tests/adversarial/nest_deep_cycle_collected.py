# attack: a 10**6-deep chain closed into a cycle, then garbage
# expect: ok  limits: memory=256M wall=10
# (wall=10: building 10**6 levels takes 1-4 s in the test profile on a loaded 2-core machine;
# the attack is about the native stack, not speed)
# stdout: "collected\n"
head = []
a = head
for i in range(10**6):
    a = [a]
head.append(a)
del a, head
print('collected')
