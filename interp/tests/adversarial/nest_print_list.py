# attack: print of a list nested 10**6 deep
# expect: runtime_error(RuntimeError)  limits: memory=256M wall=1
# stdout: ""
a = []
for i in range(10**6):
    a = [a]
print(a)
