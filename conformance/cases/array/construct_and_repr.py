from array import array
import array as arr
print(arr.typecodes)
for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 3])
    print(tc, a, a.itemsize, len(a), a.tolist())
print(array('u', 'hi'), array('d'), array('f', [0.1]))
print(array('i', array('i', [4, 5])))
