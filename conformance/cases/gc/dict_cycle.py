for i in range(1000):
    d = {}
    d['self'] = d
import gc
gc.collect()
print('cycles ok')
