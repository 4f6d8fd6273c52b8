# attack: __del__ that creates and drops another instance
# expect: ok  limits: wall=2
# stdout: "survived\n"
class D:
    def __del__(self):
        D()
D()
print('survived')
