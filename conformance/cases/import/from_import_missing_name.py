from math import nonexistent_function
