class A:
    def __bytes__(self):
        return b'custom'
print(bytes(A()))
