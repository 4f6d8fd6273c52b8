import math
import math as m2
print(math is m2)
