# attack: sys.exit() whose finally loops forever
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
import sys
try:
    sys.exit(0)
finally:
    while True:
        pass
