s = input()
print(repr(s))
