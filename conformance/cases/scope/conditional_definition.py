if True:
    def f():
        return 'first'
else:
    def f():
        return 'second'
print(f())
