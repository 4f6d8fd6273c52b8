import sys
sys.stdout.write('text ')
sys.stdout.flush()
sys.stdout.buffer.write(b'bytes\n')
sys.stdout.buffer.flush()
