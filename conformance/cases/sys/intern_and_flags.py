import sys
a = sys.intern('hello world')
print(a == 'hello world')
