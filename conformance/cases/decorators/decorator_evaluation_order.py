def make(name):
    print('make', name)
    def d(f):
        print('apply', name)
        return f
    return d
@make('outer')
@make('inner')
def f():
    pass
