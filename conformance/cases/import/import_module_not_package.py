import math.nothing
