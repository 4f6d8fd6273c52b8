import string
print(string.Formatter().format('{0}-{1}', 'a', 'b'))
