# attack: dropping a list nested 10**6 deep must not overflow the native stack
# expect: ok  limits: memory=256M wall=1
# stdout: "freed\n"
a = []
for i in range(10**6):
    a = [a]
del a
print("freed")
