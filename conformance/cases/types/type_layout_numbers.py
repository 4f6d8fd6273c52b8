# __basicsize__ & co. are implementation details: only relations are checked.
class Plain: pass
class Slots:
    __slots__ = ('a', 'b')
class More(Slots):
    __slots__ = ('c',)
class IntSub(int): pass
HEAPTYPE = 1 << 9
for t in (int, str, list, dict, object, type, Plain, Slots, IntSub):
    print(t.__name__, bool(t.__flags__ & HEAPTYPE), isinstance(t.__basicsize__, int))
print(int.__itemsize__ > 0, tuple.__itemsize__ > 0, bytes.__itemsize__ > 0, list.__itemsize__)
print(object.__basicsize__ > 0, Plain.__basicsize__ > object.__basicsize__)
print(More.__basicsize__ > Slots.__basicsize__ >= object.__basicsize__)
print(Plain.__dictoffset__ != 0, Slots.__dictoffset__, Plain.__weakrefoffset__ > 0, Slots.__weakrefoffset__)
print(object.__dictoffset__, object.__weakrefoffset__, list.__dictoffset__)
print(IntSub.__itemsize__ == int.__itemsize__, IntSub.__dictoffset__ != 0)
print(bool(int.__flags__ & (1 << 24)), bool(IntSub.__flags__ & (1 << 24)), bool(list.__flags__ & (1 << 24)))
print(bool(type.__flags__ & (1 << 31)), bool(dict.__flags__ & (1 << 29)))
