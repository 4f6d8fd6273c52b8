# Zero-argument super() outside a method: "no arguments" when the function
# has no parameters (checked first), "__class__ cell not found" otherwise.
def no_params():
    return super()


def with_param(x):
    return super()


class C:
    @staticmethod
    def static():
        return super()


for f in (no_params, lambda: with_param(1), C.static):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    eval("super()")
except RuntimeError as e:
    print("RuntimeError:", e)
