import json
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return json.JSONEncoder.default(self, o)
print(json.dumps(2 + 1j, cls=E), E(sort_keys=True).encode({'b': 1, 'a': 2j}))
print(list(json.JSONEncoder().iterencode([1, {'a': 2}])) != [], ''.join(json.JSONEncoder(indent=1).iterencode([1])))
dec = json.JSONDecoder()
print(dec.decode('[1, 2]'), dec.raw_decode('{"a": 1} tail'), dec.raw_decode('[2]'))
dec2 = json.JSONDecoder(object_hook=lambda d: d.get('v'))
print(dec2.decode('[{"v": 3}, {"w": 1}]'))
