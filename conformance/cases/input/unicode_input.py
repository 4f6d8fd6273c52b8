s = input()
print(s, len(s), s.upper())
