f = lambda: 0
print(f.__name__, f.__qualname__ if False else '<lambda>')
