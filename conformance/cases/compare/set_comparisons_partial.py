a, b = {1, 2}, {2, 3}
print(a < b, a > b, a == b, sorted([{1}, {1, 2}], key=len))
