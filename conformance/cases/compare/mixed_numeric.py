print(1 == 1.0 == True, 0 == False, 1 < 1.5 < 2, 10 ** 30 == 1e30, 2 ** 0.5 < 1.5)
print(float('nan') == float('nan'), 1 == 1 + 0j)
