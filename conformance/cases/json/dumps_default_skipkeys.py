import json
class P:
    def __init__(self, x):
        self.x = x
print(json.dumps([P(1), P(2)], default=lambda o: {'P': o.x}))
print(json.dumps({(1, 2): 1, 'a': 2}, skipkeys=True))
print(json.dumps({'s': {3, 1, 2}}, default=sorted))
