import logging, time
rec = logging.makeLogRecord({'name': 'n', 'msg': 'hello %s', 'args': ('w',), 'levelno': 20,
                             'levelname': 'INFO', 'created': 86400 * 365.25 * 30 + 0.123, 'msecs': 123.0})
f = logging.Formatter('%(asctime)s %(name)s [%(levelname)s] %(message)s')
f.converter = time.gmtime
print(f.format(rec))
print(rec.message, rec.asctime)
f2 = logging.Formatter('%(asctime)s|%(message)s', datefmt='%d/%m/%Y %H:%M')
f2.converter = time.gmtime
print(f2.format(rec))
print(logging.Formatter().format(rec))
print(logging.Formatter('{levelname}:{name}:{message}', style='{').format(rec))
print(logging.Formatter('$levelname/${name}/$message', style='$').format(rec))
print(f.usesTime(), logging.Formatter().usesTime(), logging.Formatter('{asctime}', style='{').usesTime())
try:
    1 / 0
except ZeroDivisionError:
    import sys
    ei = sys.exc_info()
    r = logging.LogRecord('x', logging.ERROR, '/p/file.py', 7, 'oops', None, ei)
    text = logging.Formatter('%(levelname)s %(filename)s %(module)s %(lineno)d %(message)s').format(r)
    lines = text.splitlines()
    print(lines[0])
    print(lines[1])
    print(lines[-1])
    print(r.exc_text is not None)
r = logging.LogRecord('x', logging.DEBUG, '/a/b/mod.py', 12, 'm %d %d', (1, 2), None, func='fn')
print(r.getMessage(), r.levelname, r.filename, r.module, r.pathname, r.funcName, r.args)
print(str(r))
bf = logging.BufferingFormatter()
print(repr(bf.format([r, r])))
logging.Formatter('%(message)s', style='x')
