import sys
import json
print('sys' in sys.modules, 'json' in sys.modules, sys.modules['sys'] is sys)
print(type(sys.modules).__name__, sys.modules['json'].dumps([1]))
