import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
