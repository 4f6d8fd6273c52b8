print((10).real, (10).imag, (10).numerator, (10).denominator, (5).conjugate())
