import json
class P:
    pass
try:
    json.dumps({'k': P()})
except TypeError as e:
    print('TypeError', 'not JSON serializable' in str(e))
json.dumps({(1,): 1})
