import logging, sys, io
sys.stderr = sys.stdout
logging.debug('not shown')
logging.info('not shown either')
logging.warning('careful %s', 'now')
logging.error('bad %d', 3)
logging.critical('worse')
logging.log(logging.ERROR, 'via log')
print(len(logging.root.handlers), logging.root.level, logging.root.name)
err = io.StringIO()
logging.root.handlers[0].stream = err
try:
    1 / 0
except ZeroDivisionError:
    logging.exception('failed')
lines = err.getvalue().splitlines()
print(lines[0], lines[1], lines[-1])
print('done')
