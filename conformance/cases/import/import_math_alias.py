import math as m
print(m.sqrt(9), m.__name__)
