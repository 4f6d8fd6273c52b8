import math
print('sqrt' in dir(math), 'pi' in dir(math), dir(math) == sorted(dir(math)))
