import logging
import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
with t.assertLogs('foo', level='INFO') as cm:
    logging.getLogger('foo').info('first message')
    logging.getLogger('foo.bar').error('second message')
    logging.getLogger('foo').debug('not captured')
print(cm.output)
print([r.getMessage() for r in cm.records], type(cm).__name__)
with t.assertLogs() as cm:
    logging.warning('root warning %d', 1)
print(cm.output)
lg = logging.getLogger('obj')
lg.setLevel(logging.ERROR)
with t.assertLogs(lg, logging.DEBUG) as cm:
    lg.debug('debug via object')
print(cm.output, lg.level, lg.propagate, lg.handlers)
for args in [('quiet', 'WARNING'), ('quiet', None), (None, 'CRITICAL')]:
    try:
        with t.assertLogs(*args):
            logging.getLogger('quiet').info('info only')
    except AssertionError as e:
        print('AssertionError:', e)
try:
    with t.assertLogs('boom'):
        raise KeyError('inner')
except KeyError as e:
    print('KeyError passes through', e)
