print(float.__name__, (3.7).__trunc__(), (2.5).conjugate(), (1.5).real, (1.5).imag)
