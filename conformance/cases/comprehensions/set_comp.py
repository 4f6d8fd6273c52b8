print(sorted({x % 3 for x in range(10)}), {1 for _ in range(5)})
