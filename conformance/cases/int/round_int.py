print(round(25, -1), round(35, -1), round(1234, -2), round(5), round(-15, -1))
