class C:
    x = 1
    y = undefined_in_class
