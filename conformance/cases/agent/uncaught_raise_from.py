class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad value %r" % text) from e

def load(items):
    out = []
    for it in items:
        out.append(parse(it))
    return out

print(load(["1", "2"]))
load(["3", "x"])
