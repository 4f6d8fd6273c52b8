print_ = 1
True_ = 2
_ = 3
__x = 4
print(print_, True_, _, __x)
