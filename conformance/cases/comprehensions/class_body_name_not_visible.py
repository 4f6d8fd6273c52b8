class C:
    factor = 3
    try:
        out = [factor * i for i in range(3)]
    except NameError as e:
        out = str(e)
print(C.out)
