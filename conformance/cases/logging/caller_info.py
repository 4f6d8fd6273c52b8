import logging, io
s = io.StringIO()
log = logging.getLogger('caller')
log.propagate = False
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d:%(message)s'))
log.addHandler(h)
def work():
    log.warning('inside work')
work()
log.warning('at module level')
ad = logging.LoggerAdapter(log, {})
ad.warning('through adapter')
print(s.getvalue(), end='')
