import atexit, sys
atexit.register(print, 'cleanup ran', 3)
atexit.register(print, 'last registered runs first')
print('exiting')
sys.exit(3)
