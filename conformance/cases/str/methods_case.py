s = 'Hello World ß'
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
