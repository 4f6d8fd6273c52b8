# Statements on one line, semicolons, nested suites on one line.
if a: b
if a: b; c
if a: pass
elif b: pass
else: pass
while x: x -= 1
for i in y: print(i); continue
try: pass
except: pass
try: x
finally: y
with a: pass
def f(): return 1
class C: x = 1; y = 2
def g(): pass; pass
if x:
    if y: pass
    else: z = 1
