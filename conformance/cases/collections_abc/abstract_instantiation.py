from collections.abc import Mapping
class M(Mapping):
    def __len__(self):
        return 0
M()
