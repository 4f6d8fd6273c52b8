from string import Formatter
try:
    Formatter().format('{0}')
except IndexError as e:
    print('IndexError')
try:
    Formatter().format('{x}')
except KeyError as e:
    print('KeyError', e)
Formatter().format('{0!z}', 1)
