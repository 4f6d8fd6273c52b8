print(max(1, 2, 3), max([4, 5]), max('abc'), min((3, 1)), max([1, 2], [1, 3]), min([], default=0), max(range(5), key=lambda x: -x))
