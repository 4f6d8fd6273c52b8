# attributes of the standard streams that fast-I/O templates read
import sys
print(sys.stdin.mode, sys.stdout.mode, sys.stderr.mode)
print(sys.stdin.name, sys.stdout.name, sys.stderr.name)
print(sys.stdin.errors, sys.stdout.errors, sys.stderr.errors)
print(sys.stdin.closed, sys.stdout.closed, sys.stdout.line_buffering in (True, False))
print(sys.stdin.buffer.mode, sys.stdout.buffer.mode, sys.stdin.buffer.name)
print(type(sys.stdin).__name__, type(sys.stdin).__module__)
print(sys.stdin.seekable(), sys.stdout.encoding.lower().replace('-', ''))
print(sys.stdin.__enter__() is sys.stdin, sys.stdout.buffer.__enter__() is sys.stdout.buffer)
