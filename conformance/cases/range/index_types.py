r = range(10)
print(r[True], r[-10], r[False])
class I:
    def __index__(self):
        return 3
print(r[I()], r[I():])
r['a']
