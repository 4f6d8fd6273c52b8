def f(a: int, b: 'str' = 'x') -> list:
    pass
print(sorted(f.__annotations__.items(), key=lambda kv: kv[0]))
