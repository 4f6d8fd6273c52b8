# reversed's pickling support: __reduce__ gives (reversed, (seq,), index) and
# __setstate__ moves the position, clamped to the sequence.
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        return 'abcd'[i]
s = Seq()
r = reversed(s)
print(next(r), r.__reduce__()[0] is reversed, r.__reduce__()[1][0] is s, r.__reduce__()[2])
r.__setstate__(1)
print(list(r))
r = reversed(s)
r.__setstate__(100)
print(next(r), r.__length_hint__())
r.__setstate__(-5)
print(r.__length_hint__(), list(r))
r = reversed(s)
r.__setstate__(True)
print(list(r))
for bad in ['1', 1.5, None]:
    try:
        reversed(s).__setstate__(bad)
    except TypeError as e:
        print(type(e).__name__, e)
reversed(s).__setstate__()
