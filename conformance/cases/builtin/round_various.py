print(round(3.14159, 2), round(2.5), round(-0.5), round(1e20), round(7, 2), round(0.125, 2), round(0.375, 2))
