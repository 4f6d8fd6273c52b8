import linecache
print(linecache.getlines('<stdin>'), linecache.getline('<stdin>', 0))
print(linecache.updatecache('/nowhere/x.py'), '/nowhere/x.py' in linecache.cache)
linecache.cache['fake.py'] = (10, None, ['one\n', 'two\n'], 'fake.py')
print(repr(linecache.getline('fake.py', 2)), repr(linecache.getline('fake.py', 3)), repr(linecache.getline('fake.py', -1)))
linecache.clearcache()
print(linecache.cache)
