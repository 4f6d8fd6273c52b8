import json
l = []
l.append(l)
json.dumps(l)
