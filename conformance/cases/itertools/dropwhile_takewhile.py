from itertools import dropwhile, takewhile
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(bool, [])), list(takewhile(bool, [1, 0, 1])))
