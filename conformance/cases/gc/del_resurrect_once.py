import gc
saved = []
class R:
    def __del__(self):
        print("del called")
        saved.append(self)
r = R()
del r
print(len(saved))
saved.clear()
gc.collect()
print("no second call")
