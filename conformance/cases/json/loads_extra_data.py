import json
json.loads('{} []')
