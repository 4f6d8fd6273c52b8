class C:
    @property
    def value(self):
        return 'v'
print(C().value, type(C.__dict__['value']).__name__)
