import json
def read(s):
    try:
        return json.loads(s)["key"]
    except KeyError:
        return undefined_name + 1

print("start")
read('{"other": 1}')
