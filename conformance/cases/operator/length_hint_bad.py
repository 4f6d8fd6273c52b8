import operator
class B:
    def __length_hint__(self):
        return -1
operator.length_hint(B())
