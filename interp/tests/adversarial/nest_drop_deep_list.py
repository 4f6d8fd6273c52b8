# attack: dropping a list nested 10**6 deep must not overflow the native stack
# expect: ok  limits: memory=256M wall=10
# (wall=10: building 10**6 levels takes 1-4 s in the test profile on a loaded 2-core machine;
# the attack is about the native stack, not speed)
# stdout: "freed\n"
a = []
for i in range(10**6):
    a = [a]
del a
print("freed")
