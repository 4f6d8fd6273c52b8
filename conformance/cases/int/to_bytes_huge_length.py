# int.to_bytes with a length beyond a C ssize_t is OverflowError.
print((1024).to_bytes(4, "big"), (0).to_bytes(0, "little"))
for n in (10**22, 2**64):
    try:
        (1024).to_bytes(n, "big")
    except OverflowError as e:
        print("OverflowError", e)
(1).to_bytes(-1, "big")
