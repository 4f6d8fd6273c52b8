import string
print(string.capwords('  hello   world  '), string.capwords('a-b-c', '-'), string.capwords('ÉCOLE élan'), string.capwords(''))
print(string.capwords('hello,world', ','), repr(string.capwords('x y', None)))
