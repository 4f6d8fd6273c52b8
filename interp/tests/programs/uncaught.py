class AppError(Exception):
    pass
def level2(x):
    return {"a": 1}[x]
def level1(x):
    try:
        return level2(x)
    except KeyError as e:
        raise AppError("wrapped") from e
print("before")
level1("b")
