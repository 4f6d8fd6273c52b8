class E:
    def __eq__(self, o):
        return True
print(E.__hash__)
hash(E())
