print(type(3.5).__name__, type({}).__name__, type(range(1)).__name__, type(iter([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__)
