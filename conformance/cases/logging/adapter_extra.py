import logging, io
s = io.StringIO()
log = logging.getLogger('adp')
log.propagate = False
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter('%(user)s %(levelname)s %(message)s'))
log.addHandler(h)
log.warning('direct', extra={'user': 'bob'})
ad = logging.LoggerAdapter(log, {'user': 'alice'})
ad.warning('hi %s', 'there')
ad.error('err')
ad.critical('crit')
ad.info('hidden')
ad.setLevel(logging.DEBUG)
ad.debug('debug now')
print(ad.getEffectiveLevel(), ad.isEnabledFor(logging.DEBUG), ad.hasHandlers())
class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs['extra'] = {'user': 'x'}
        return '[%s] %s' % (self.extra['user'], msg), kwargs
p = Prefix(log, {'user': 'carol'})
p.info('prefixed')
try:
    raise KeyError('k')
except KeyError:
    ad.exception('caught')
print(s.getvalue().splitlines()[:7])
print(s.getvalue().splitlines()[-1])
log.info('clash', extra={'msg': 1})
