import os.path
for p in ('a//b', 'a/./b', 'a/b/../c', '/../x', '../../a', '', '.', '//x', '///x', 'a/b/../../..'):
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs('/a'), os.path.isabs('a'), os.path.isabs(''))
print(os.path.splitdrive('/a/b'), os.path.normcase('AbC'))
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr']))
print(os.path.commonprefix([]))
