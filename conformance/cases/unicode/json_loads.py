# json.loads: \u escapes of lone surrogates stay lone; pairs combine.
import json
print(ascii(json.loads('"\\ud800"')), ascii(json.loads('"\\ud83d\\ude00"')), ascii(json.loads('"\\udc00\\ud800"')))
v = json.loads('{"\\udfff": ["x\\ud800y", "\\ud800\\u0041"]}')
print(ascii(v), len(list(v)[0]), json.loads(json.dumps('\udc80')) == '\udc80')
print(ascii(json.loads(json.dumps({'\ud800': 1}, ensure_ascii=False))))
json.loads('"\\ud800"')[1]
