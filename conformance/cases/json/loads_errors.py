import json
for s in ['', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '"abc', '{1: 2}', 'tru', '[1] x', '"\\x"', '"a\nb"', '  ', '{"a":', '[', '01']:
    try:
        json.loads(s)
        print(repr(s), 'ok')
    except ValueError as e:
        print(repr(s), e)
