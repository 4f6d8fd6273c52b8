import sys
print(sys.byteorder in ('little', 'big'), isinstance(sys.platform, str))
