import sys
try:
    sys.exit()
except SystemExit as e:
    print(e.code)
