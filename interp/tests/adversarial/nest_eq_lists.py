# attack: == of two lists nested 10**6 deep
# expect: runtime_error(RuntimeError)  limits: memory=256M wall=1
a = []
for i in range(10**6):
    a = [a]
b = []
for i in range(10**6):
    b = [b]
a == b
