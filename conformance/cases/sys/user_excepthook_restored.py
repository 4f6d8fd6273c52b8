# Putting sys.__excepthook__ back restores the default report.
import sys
sys.excepthook = lambda *a: print('not called')
sys.excepthook = sys.__excepthook__
print(sys.excepthook is sys.__excepthook__)
raise ValueError('shown normally')
