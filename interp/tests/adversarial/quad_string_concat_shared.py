# attack: s = s + 'x' with the old string still referenced (copying each time)
# expect: time_limit  limits: instructions=100000000 wall=0.3 memory=64M
s = ''
for i in range(10**7):
    old = s
    s = s + 'x'
