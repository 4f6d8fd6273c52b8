import json
json.loads(5)
