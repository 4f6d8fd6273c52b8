s = 'a' "b" '''c''' """d"""
print(s, len(s))
print('x' 'y'
      'z')
