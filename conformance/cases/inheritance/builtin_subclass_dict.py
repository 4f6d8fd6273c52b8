class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
d = AttrDict(a=1)
print(d.a, d['a'], isinstance(d, dict))
d.missing
