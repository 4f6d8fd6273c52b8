from functools import total_ordering
@total_ordering
class C:
    pass
