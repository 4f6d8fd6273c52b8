from math import pi, floor as fl
print(round(pi, 3), fl(2.9))
