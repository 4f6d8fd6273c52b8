# list.insert clamps ordinary indexes but an index beyond a C ssize_t is an
# OverflowError.
x = ["a", "b"]
x.insert(10**6, "end")
x.insert(-10**6, "start")
print(x)
for i in (2**100, -2**100):
    try:
        x.insert(i, "z")
    except OverflowError as e:
        print("OverflowError", e)
print(x)
