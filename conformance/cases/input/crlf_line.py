s = input()
print(len(s), repr(s[-1:]))
