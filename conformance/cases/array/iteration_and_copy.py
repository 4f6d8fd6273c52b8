import copy
from array import array
a = array('d', [1.5, 2.5])
print([x * 2 for x in a], list(reversed(a)), sum(a), max(a), sorted(array('i', [3, 1, 2])))
b = copy.copy(a)
b[0] = 9.0
print(a, b, a.buffer_info()[1])
print(array('B', b'\x01\x02'), array('b', bytearray(b'\xff')))
