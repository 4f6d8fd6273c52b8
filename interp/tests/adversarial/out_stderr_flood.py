# attack: stderr flood through sys.stderr.write
# expect: output_limit  limits: output=100000 memory=32M wall=1
import sys
while True:
    sys.stderr.write('e' * 100)
