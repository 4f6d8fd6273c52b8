import sys
print(__name__, sys.modules['__main__'].__name__ if '__main__' in sys.modules else '__main__')
