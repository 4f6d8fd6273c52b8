print(sum([1, 2.5, True]), sum([1j, 2]))
