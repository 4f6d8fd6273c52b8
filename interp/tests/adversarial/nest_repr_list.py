# attack: repr of a list nested 10**6 deep
# expect: runtime_error(RuntimeError)  limits: memory=256M wall=10
# (wall=10: building 10**6 levels takes 1-4 s in the test profile on a loaded 2-core machine;
# the attack is about the native stack, not speed)
a = []
for i in range(10**6):
    a = [a]
repr(a)
