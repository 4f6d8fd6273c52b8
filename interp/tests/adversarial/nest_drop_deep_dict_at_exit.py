# attack: a dict nested 10**6 deep alive at program end
# expect: ok  limits: memory=512M wall=10
# (wall=10: building 10**6 levels takes 1-4 s in the test profile on a loaded 2-core machine;
# the attack is about the native stack, not speed)
# (memory=512M: two 10**6-deep structures hold ~340 MiB here: 168 bytes per list, see GAPS.md)
# stdout: "end\n"
d = {}
for i in range(10**6):
    d = {"k": d}
print("end")
