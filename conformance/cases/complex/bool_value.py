print(bool(0j), bool(1j), bool(0 + 0j), bool(complex(0, 0.1)))
