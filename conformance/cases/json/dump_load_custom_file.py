import json
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
class R:
    def __init__(self, s):
        self.s = s
    def read(self):
        return self.s
w = W()
json.dump([1, {'a': None}], w)
print(''.join(w.parts), json.load(R('{"k": [true, false]}')))
