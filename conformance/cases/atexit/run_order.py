import atexit
def bye(name, punct='!'):
    print('bye', name + punct)
atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')
@atexit.register
def decorated():
    print('decorated runs first')
def never():
    print('never printed')
atexit.register(never)
atexit.register(never)
atexit.unregister(never)
atexit.unregister(len)
print(atexit.register(bye, 'third') is bye)
print('main done')
