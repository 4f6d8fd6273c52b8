print(type(1 + 1.0).__name__, type(2 * 3).__name__, type(6 / 3).__name__, type(2 ** 2).__name__, type(2 ** -2).__name__, type(True + True).__name__, type(1 + 1j).__name__)
