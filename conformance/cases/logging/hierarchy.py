import logging, io
s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
a = logging.getLogger('a')
abc = logging.getLogger('a.b.c')
ab = logging.getLogger('a.b')
print(abc.parent.name, ab.parent.name, a.parent.name, a.parent is logging.root)
print(logging.getLogger('a.b') is ab, logging.getLogger() is logging.root, logging.getLogger('') is logging.root)
a.addHandler(h)
a.setLevel(logging.INFO)
print(abc.getEffectiveLevel(), abc.level, abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO))
abc.info('from c')
abc.debug('hidden')
ab.setLevel(logging.DEBUG)
abc.debug('now visible')
ab.propagate = False
abc.warning('stops at b')
print(abc.hasHandlers(), a.hasHandlers())
ab.propagate = True
print(a.getChild('b') is ab, a.getChild('b.c') is abc, logging.root.getChild('a') is a)
abc.handlers = []
a.removeHandler(h)
print(a.hasHandlers())
print(s.getvalue(), end='')
try:
    logging.getLogger(3)
except TypeError as e:
    print(e)
