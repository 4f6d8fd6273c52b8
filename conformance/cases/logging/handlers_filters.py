import logging, io
s = io.StringIO()
log = logging.getLogger('svc')
log.setLevel(logging.DEBUG)
h = logging.StreamHandler(s)
h.setLevel(logging.INFO)
h.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
log.addHandler(h)
log.addHandler(h)
print(len(log.handlers))
log.debug('below handler level')
log.info('kept')
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2
f = OnlyOdd()
h.addFilter(f)
for i in range(4):
    log.info('n=%d', i)
h.removeFilter(f)
log.addFilter(lambda r: 'secret' not in r.getMessage())
log.info('a secret')
log.info('public')
named = logging.Filter('svc.db')
print(named.filter(logging.makeLogRecord({'name': 'svc.db'})),
      named.filter(logging.makeLogRecord({'name': 'svc.db.x'})),
      named.filter(logging.makeLogRecord({'name': 'svc.dbx'})),
      named.filter(logging.makeLogRecord({'name': 'svc'})),
      logging.Filter().filter(logging.makeLogRecord({'name': 'any'})))
n = logging.NullHandler()
log.addHandler(n)
log.info('with null handler')
h.terminator = ' // '
log.warning('custom terminator')
print(s.getvalue())
log.disabled = True
log.error('disabled logger')
print(s.getvalue().count('disabled'))
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print(e)
h.name = 'console'
print(h.name, h.get_name())
