import logging, io, sys
try:
    logging.basicConfig(stream=sys.stdout, filename='x.log')
except ValueError as e:
    print(e)
try:
    logging.basicConfig(handlers=[logging.NullHandler()], stream=sys.stdout)
except ValueError as e:
    print(e)
h = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[h], format='%(name)s says %(message)s', level='INFO')
logging.info('hello')
logging.getLogger('x.y').info('child')
print(logging.root.handlers == [h])
logging.root.handlers = []
logging.basicConfig(stream=sys.stdout, style='{', format='{levelname}-{message}')
logging.warning('braces')
logging.root.handlers = []
logging.basicConfig(strem=sys.stdout)
