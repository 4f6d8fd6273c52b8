def make():
    x = 0
    def get():
        return x
    def set(v):
        nonlocal x
        x = v
    return get, set
get, set_ = make()
set_(42)
print(get())
