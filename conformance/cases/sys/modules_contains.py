import sys
print('sys' in sys.modules, type(sys.modules).__name__)
