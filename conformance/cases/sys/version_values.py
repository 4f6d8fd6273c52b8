import sys
print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 0), sys.version_info < (4,))
print(type(sys.version).__name__, sys.version[:2])
print(hex(sys.hexversion)[:3], sys.hexversion >> 24)
print(len(sys.version_info), sys.version_info.releaselevel)
