from array import array
a = array('b', [1, 2])
b = array('b', [3])
print(a + b, a * 2, 2 * a)
a += b
a *= 2
print(a)
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [1]) == array('i', [1]), array('i', [1]) != array('i', [2]))
