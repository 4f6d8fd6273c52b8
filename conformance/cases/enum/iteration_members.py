from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, [p.name for p in Planet], Planet((3.303e+23, 2.4397e6)))
print(sorted(Planet.__members__), Planet.EARTH == Planet.EARTH, Planet.EARTH != Planet.MERCURY)
