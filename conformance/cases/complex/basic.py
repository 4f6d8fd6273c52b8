z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j))
