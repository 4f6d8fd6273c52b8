import json
print(json.dumps([1, 'two', None, True, 1.5]), json.dumps({'b': 1, 'a': [2]}, sort_keys=True), json.dumps('é'), json.dumps('é', ensure_ascii=False))
