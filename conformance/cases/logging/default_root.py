import logging, sys
sys.stderr = sys.stdout
logging.debug('not shown')
logging.info('not shown either')
logging.warning('careful %s', 'now')
logging.error('bad %d', 3)
logging.critical('worse')
logging.log(logging.ERROR, 'via log')
print(len(logging.root.handlers), logging.root.level, logging.root.name)
try:
    1 / 0
except ZeroDivisionError:
    logging.exception('failed')
print('done')
