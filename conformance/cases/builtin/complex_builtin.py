print(complex(1, 2), complex('3-4j'), abs(complex(3, 4)))
