import linecache
print(repr(linecache.getline('/no/such/file.py', 1)))
print(repr(linecache.getline('<string>', 1)))
print(linecache.getlines('/no/such/file.py'))
linecache.clearcache()
linecache.checkcache()
linecache.checkcache('/no/such/file.py')
print(linecache.getline('', 3) == '')
