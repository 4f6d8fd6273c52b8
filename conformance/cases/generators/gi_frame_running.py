def g():
    yield 1
it = g()
print(it.gi_running, it.gi_frame is not None)
list(it)
print(it.gi_frame)
