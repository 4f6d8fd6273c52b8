# attack: sys.stdout.write of a 10 MB string
# expect: output_limit  limits: output=100000 memory=32M wall=1
import sys
sys.stdout.write('y' * 10**7)
