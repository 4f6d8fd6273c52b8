# attack: sys.exit(0) in except BaseException around a time bomb
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
import sys
try:
    while True:
        pass
except BaseException:
    sys.exit(0)
