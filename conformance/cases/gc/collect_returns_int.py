import gc
print(type(gc.collect()).__name__)
