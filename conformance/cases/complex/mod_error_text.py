# complex % and // raise TypeError (CPython 3.4 wording for %).
try:
    (1 + 2j) % 2
except TypeError as e:
    print(type(e).__name__)
print(divmod(7, 2), (3 + 4j) * 2)
(1 + 2j) % (1 + 1j)
