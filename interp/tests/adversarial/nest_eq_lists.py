# attack: == of two lists nested 10**6 deep
# expect: runtime_error(RuntimeError)  limits: memory=512M wall=10
# (wall=10: building 10**6 levels takes 1-4 s in the test profile on a loaded 2-core machine;
# the attack is about the native stack, not speed)
# (memory=512M: two 10**6-deep structures hold ~340 MiB here: 168 bytes per list, see GAPS.md)
a = []
for i in range(10**6):
    a = [a]
b = []
for i in range(10**6):
    b = [b]
a == b
