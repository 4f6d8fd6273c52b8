print(1j, 2.5j, 1e2j, 0j, 1 + 1j, 10j.imag, type(3j).__name__)
