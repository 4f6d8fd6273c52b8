# A script's globals hold __cached__ (None for the main module) as in 3.4.
print('__cached__' in globals(), __cached__)
print([n for n in ('__builtins__', '__cached__', '__doc__', '__file__', '__loader__',
                   '__name__', '__package__', '__spec__') if n not in globals()])
