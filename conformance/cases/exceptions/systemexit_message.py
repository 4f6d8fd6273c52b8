import sys
sys.exit('fatal: bye')
