class C:
    def __bool__(self):
        print('bool called')
        return True
print(not C())
