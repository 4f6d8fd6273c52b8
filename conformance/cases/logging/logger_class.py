import logging, sys
class MyLogger(logging.Logger):
    def shout(self, msg):
        self.warning(msg.upper())
logging.setLoggerClass(MyLogger)
print(logging.getLoggerClass() is MyLogger)
l = logging.getLogger('custom.one')
print(type(l).__name__, isinstance(l, logging.Logger))
h = logging.StreamHandler(sys.stdout)
l.addHandler(h)
l.shout('quiet words')
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger('plain')).__name__)
print(isinstance(logging.root, logging.RootLogger), type(logging.root).__name__)
logging.setLoggerClass(int)
