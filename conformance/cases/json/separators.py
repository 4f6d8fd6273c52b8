import json
print(json.dumps([1, {'a': 2}], separators=(',', ':')), json.dumps(float('inf')), json.loads('NaN') != json.loads('NaN'))
