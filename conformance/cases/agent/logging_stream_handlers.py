import logging
import io
import sys

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(levelname)-8s %(name)s: %(message)s'))
log = logging.getLogger('app')
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.debug('debug %d', 1)
log.info('info %s', 'x')
log.warning('careful')
log.error('bad: %r', {'k': 1})
child = logging.getLogger('app.db')
child.info('from child')
child.setLevel(logging.ERROR)
child.warning('hidden')
try:
    1 / 0
except ZeroDivisionError:
    log.exception('failed')
print(stream.getvalue().count('Traceback'), stream.getvalue().strip().splitlines()[-1])
stream.seek(0)
stream.truncate()
print(stream.getvalue())
print(logging.getLevelName(30), logging.getLevelName('ERROR'), logging.WARNING, log.getEffectiveLevel(), child.getEffectiveLevel())
print(log.isEnabledFor(logging.DEBUG), child.isEnabledFor(logging.WARNING))
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='[%(levelname)s] %(message)s')
logging.info('root info')
logging.debug('root debug hidden')
logging.warning('%s and %s', 'a', 'b')
root = logging.getLogger()
print(root.name, root.level, len(root.handlers))
class ListHandler(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.records = []
    def emit(self, record):
        self.records.append((record.levelname, record.getMessage(), record.name, record.funcName))
lh = ListHandler()
l2 = logging.getLogger('other')
l2.propagate = False
l2.addHandler(lh)
def work():
    l2.critical('crit %s', 5)
work()
print(lh.records)
l3 = logging.getLogger('fmt')
s3 = io.StringIO()
h3 = logging.StreamHandler(s3)
h3.setFormatter(logging.Formatter('{levelname}:{message}', style='{'))
l3.addHandler(h3)
l3.propagate = False
l3.warning('brace %s', 'style')
print(s3.getvalue(), end='')
