import atexit
try:
    atexit.register(5)
except TypeError as e:
    print('TypeError', e)
atexit.register(print, 'after uncaught exception')
raise KeyError('boom')
