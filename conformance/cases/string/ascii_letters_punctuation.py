import string
print(string.ascii_letters, string.punctuation)
