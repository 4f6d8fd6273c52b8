print(1j, -1j, 0j, complex(1, 0), complex(-0.0, 1), complex(1.5, -2.5), 2 + 0j)
