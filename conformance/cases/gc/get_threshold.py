import gc
t = gc.get_threshold()
print(len(t), all(isinstance(x, int) for x in t))
