import os.path
print(os.path.join(b'a', b'b'), os.path.split(b'/x/y'), os.path.splitext(b'f.txt'), os.path.normpath(b'a//b/..'))
os.path.join('a', b'b')
