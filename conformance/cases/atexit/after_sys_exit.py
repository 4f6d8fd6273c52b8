import atexit, sys
atexit.register(print, 'cleanup ran', 3)
def failing():
    raise ValueError('in exit function')
atexit.register(failing)
atexit.register(print, 'last registered runs first')
print('exiting')
sys.exit(3)
