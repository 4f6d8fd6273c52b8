print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(2.675, 2), round(1e300, -299), round(1.5, 0))
print(round(0.5, 1000), round(123.456, -1000), round(-1e-300, 300))
