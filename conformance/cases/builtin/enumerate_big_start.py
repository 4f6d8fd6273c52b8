# enumerate() counts from a start of any size, past the 64-bit range.
print(list(enumerate("abc", 2**200)))
print(list(enumerate("xy", 2**63 - 1)), list(enumerate("z", -2**70)))
e = enumerate([10, 20], start=True)
print(next(e), next(e))

class Two:
    def __index__(self):
        return 2

print(list(enumerate("pq", Two())))
try:
    enumerate([], 1.5)
except TypeError as err:
    print("TypeError", err)
