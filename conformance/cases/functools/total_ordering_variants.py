from functools import total_ordering
@total_ordering
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
@total_ordering
class B:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(A(1) <= A(2), A(2) > A(1), A(2) >= A(2), A(3) < A(1))
print(B(1) <= B(2), B(2) > B(1), B(1) < B(2), B(2) >= B(3))
print(sorted([A(3), A(1), A(2)], key=lambda a: a)[0].v)
