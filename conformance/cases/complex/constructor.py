print(complex('1+2j'), complex('3'), complex('-1.5j'), complex(2), complex(1, 2), complex())
