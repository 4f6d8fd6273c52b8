def a():
    def b():
        def c():
            return 'c'
        return c() + 'b'
    return b() + 'a'
print(a())
