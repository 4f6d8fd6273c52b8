print(complex(-1, -0.0), complex(0.0, -0.0), complex(-0.0, 0), complex(1, -0.0).imag, complex(-0.0).real, repr(complex(0, -0.0)))
print(complex(1+2j, 3+4j), complex(1j, 1j), complex(2, 1j), complex(real=1, imag=2), complex('1-2j'), complex(' (3+4j) '))
