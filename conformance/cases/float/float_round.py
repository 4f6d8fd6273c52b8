print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(-1.5))
print(type(round(2.5)), type(round(2.5, 0)))
