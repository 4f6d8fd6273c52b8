# attack: a dict nested 10**6 deep alive at program end
# expect: ok  limits: memory=256M wall=1
# stdout: "end\n"
d = {}
for i in range(10**6):
    d = {"k": d}
print("end")
