# attack: str of a dict nested 10**6 deep
# expect: runtime_error(RuntimeError)  limits: memory=256M wall=1
d = {}
for i in range(10**6):
    d = {"k": d}
str(d)
