import sys
print("working")
sys.stdout.flush()
def check(v):
    if v > 2:
        sys.exit("value too large: %d" % v)
for i in range(5):
    print(i)
    check(i)
