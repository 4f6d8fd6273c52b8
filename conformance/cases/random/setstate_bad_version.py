import random
random.setstate((9, (), None))
