pts = {(1, 2), (0, 0), (1, 2), (3, 1)}
print(len(pts), sorted(pts))
