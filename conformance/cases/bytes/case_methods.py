b = b'hello WORLD 123'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b"they're".title())
