import json
print(json.dumps([1.0, 0.1, 1e100, 1e-7, 3.141592653589793, -0.0, 10**20, 2**70 * 1.0]))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
print(json.dumps({1: 'a'}), json.dumps({2.5: 'b'}), json.dumps({True: 'c'}), json.dumps({False: 'c'}), json.dumps({None: 'd'}))
print(json.dumps('\u20ac\U0001f600\x00\x1f\t\\'), json.dumps('\u20ac', ensure_ascii=False))
print(json.dumps('x'), json.dumps(None), json.dumps(True), json.dumps(-5))
