import os.path
print(os.path.join('a', 'b'), os.path.basename('/x/y.txt'), os.path.splitext('f.tar.gz'))
