from enum import Enum, unique
@unique
class Bad(Enum):
    A = 1
    B = 1
