class C:
    x = 1
    def m(self):
        pass
print(sorted(k for k in C.__dict__ if not k.startswith('__')), C.__name__, C.__qualname__, C.__module__)
