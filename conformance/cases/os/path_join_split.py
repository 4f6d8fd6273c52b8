import os
import os.path
from os import path
print(path is os.path)
print(os.path.join('a', 'b', 'c'), os.path.join('/a', '/b'), os.path.join('a/', 'b'), os.path.join('', 'x'))
for p in ('/usr/lib/x.py', 'x.py', '/x', '/', 'a/b/', '//a//b', ''):
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p))
