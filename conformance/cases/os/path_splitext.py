import os.path
for p in ('a.txt', 'a.tar.gz', '.bashrc', 'dir.d/file', 'x.', '..a', '/a/.b.c', 'noext'):
    print(repr(p), os.path.splitext(p))
