# format() with an empty spec of an int/float/str subclass is str(value), so
# the subclass's own __str__ (or __repr__) is used; a non-empty spec is not.
class Money(int):
    def __str__(self):
        return "$%d" % int(self)

class Label(str):
    def __str__(self):
        return "<" + str.__str__(self) + ">"

class Approx(float):
    def __repr__(self):
        return "~%.1f" % float(self)

m, l, a = Money(5), Label("ok"), Approx(2.25)
print("{} {} {}".format(m, l, a))
print(format(m), format(l), format(a), "{0!s}|{0!r}".format(m))
print("{:d} {:>4} {:.2f}".format(m, l, a))
print("%s %d %r" % (m, m, a))
print("{} {} {}".format(5, "ok", 2.25), format(True), "{}".format(False))
