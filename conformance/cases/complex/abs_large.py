print(abs(3e200 + 4e200j))
