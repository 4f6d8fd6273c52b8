# A small JSON serializer and parser written from scratch.
def dumps(obj, indent=0):
    pad = ' ' * indent
    if obj is None:
        return 'null'
    if obj is True or obj is False:
        return 'true' if obj else 'false'
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return '"' + obj.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(dumps(x, indent) for x in obj) + ']'
    if isinstance(obj, dict):
        items = ('%s"%s": %s' % (pad, k, dumps(v, indent)) for k, v in sorted(obj.items()))
        return '{' + ', '.join(items) + '}'
    raise TypeError('cannot serialize %s' % type(obj).__name__)


def loads(text):
    pos = 0

    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in ' \t\n\r':
            pos += 1

    def value():
        nonlocal pos
        skip()
        ch = text[pos]
        if ch == '{':
            pos += 1
            out = {}
            skip()
            if text[pos] == '}':
                pos += 1
                return out
            while True:
                key = value()
                skip()
                pos += 1
                out[key] = value()
                skip()
                ch, pos = text[pos], pos + 1
                if ch == '}':
                    return out
        if ch == '[':
            pos += 1
            out = []
            skip()
            if text[pos] == ']':
                pos += 1
                return out
            while True:
                out.append(value())
                skip()
                ch, pos = text[pos], pos + 1
                if ch == ']':
                    return out
        if ch == '"':
            end = text.index('"', pos + 1)
            s, pos = text[pos + 1:end], end + 1
            return s
        for word, val in (('true', True), ('false', False), ('null', None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in '+-0123456789.eE':
            pos += 1
        num = text[start:pos]
        return float(num) if any(c in num for c in '.eE') else int(num)

    return value()


doc = {'a': [1, 2.5, None, True], 'b': {'c': 'text "q"'}, 'd': []}
s = dumps(doc)
print(s)
print(loads('{"x": [1, 2, {"y": false}], "z": -3.5e2}'))
