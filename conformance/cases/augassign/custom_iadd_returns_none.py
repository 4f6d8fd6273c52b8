class C:
    def __iadd__(self, o):
        pass
c = C()
c += 1
print(c)
