import sys
print(sys.stdout.isatty(), sys.stdin.isatty())
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.__stdout__ is sys.stdout, sys.__stdin__ is sys.stdin)
print(hasattr(sys.stdout, 'buffer'), hasattr(sys.stdin, 'buffer'))
