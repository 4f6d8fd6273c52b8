import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(len(string.punctuation), len(string.printable), repr(string.whitespace))
