print(int(), int(True), int('0'), int(b'12'), int(bytearray(b'7')))
class N:
    def __int__(self):
        return 99
print(int(N()))
