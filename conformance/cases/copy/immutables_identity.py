import copy
t = (1, 2)
s = 'str'
print(copy.copy(t) is t, copy.deepcopy(s) is s, copy.deepcopy((1, [2]))[1] == [2])
