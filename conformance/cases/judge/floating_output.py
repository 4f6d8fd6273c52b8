import math
r = float(input())
print('%.6f' % (math.pi * r * r))
print('{:.3f}'.format(2 * math.pi * r))
print(round(r / 3, 4))
