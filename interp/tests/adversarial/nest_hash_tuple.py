# attack: hash of a tuple nested 10**6 deep (built iteratively)
# expect: runtime_error(RuntimeError)  limits: memory=256M wall=1
t = ()
for i in range(10**6):
    t = (t,)
hash(t)
