import gc
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
