class C:
    def __init__(self):
        self._cache = None
        self.calls = 0
    @property
    def value(self):
        if self._cache is None:
            self.calls += 1
            self._cache = 42
        return self._cache
c = C()
print(c.value, c.value, c.calls)
