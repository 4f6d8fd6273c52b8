class C:
    @staticmethod
    def s():
        return 'static'
print(type(C.__dict__['s']).__name__, C.s(), C().s(), C.__dict__['s'].__func__())
