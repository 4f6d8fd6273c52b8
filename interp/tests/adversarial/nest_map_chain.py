# attack: next() through 10**5 chained map objects (native re-entry)
# expect: runtime_error(RuntimeError)|ok  limits: memory=256M wall=1
m = [0]
for i in range(10**5):
    m = map(abs, m)
print(list(m))
