import sys
print('to stdout')
sys.stderr.write('')
print('done')
