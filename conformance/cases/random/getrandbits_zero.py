import random
random.getrandbits(-1)
