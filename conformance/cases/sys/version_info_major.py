import sys
print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 0), type(sys.version).__name__)
