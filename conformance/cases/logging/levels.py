import logging
for n in ['CRITICAL', 'FATAL', 'ERROR', 'WARNING', 'WARN', 'INFO', 'DEBUG', 'NOTSET']:
    print(n, getattr(logging, n), logging.getLevelName(getattr(logging, n)))
print(logging.getLevelName(5), logging.getLevelName(None))
l = logging.getLogger('lv')
l.setLevel('INFO')
print(l.level)
try:
    l.setLevel('LOUD')
except ValueError as e:
    print('ValueError', e)
try:
    l.setLevel(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    l.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)
logging.disable(logging.WARNING)
print(l.isEnabledFor(logging.WARNING), l.isEnabledFor(logging.ERROR))
logging.disable(logging.NOTSET)
print(l.isEnabledFor(logging.WARNING))
logging.Handler(level='DEBUG')
logging.Handler(level='LOUD')
