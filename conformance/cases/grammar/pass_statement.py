def f():
    pass
class C:
    pass
if True:
    pass
print(f(), C.__name__)
