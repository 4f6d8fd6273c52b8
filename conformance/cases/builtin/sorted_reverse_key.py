print(sorted('hello'), sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower))
