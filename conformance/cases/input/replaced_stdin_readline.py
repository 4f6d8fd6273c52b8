# input() reads through a replaced sys.stdin's readline(), stripping the
# newline; an empty line from it is EOF.
import io
import sys

sys.stdin = io.StringIO("first line\nsecond\nno newline at end")
print(repr(input()), repr(input("prompt> ")))
print(repr(input()))

class Lines:
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ""

sys.stdin = Lines(["from object\n"])
print(repr(input()))
input()
