import logging, sys
sys.stderr = sys.stdout
log = logging.getLogger('app')
log.warning('no handlers: %s', 'bare message')
log.info('dropped')
log.error('error too')
print(logging.root.handlers, log.handlers)
print(logging.lastResort.level)
logging.lastResort = None
log.warning('now what')
log.warning('only once')
print('end')
