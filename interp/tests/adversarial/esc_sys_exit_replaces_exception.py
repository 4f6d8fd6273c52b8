# attack: sys.exit(0) in finally replaces a pending exception
# expect: ok  limits: wall=1
# exit: 0
import sys
try:
    1 / 0
finally:
    sys.exit(0)
