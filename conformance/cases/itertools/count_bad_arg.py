from itertools import count
count('a')
