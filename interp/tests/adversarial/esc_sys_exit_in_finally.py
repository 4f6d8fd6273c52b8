# attack: sys.exit inside finally ends only the program, with its status
# expect: runtime_error(SystemExit)|runtime_error  limits: wall=1
# stdout: "body\n"
# exit: 3
import sys
try:
    print('body')
finally:
    sys.exit(3)
print('unreachable')
