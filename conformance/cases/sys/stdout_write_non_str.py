import sys
sys.stdout.write(5)
