import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
cap = Capture()
old = sys.stdout
sys.stdout = cap
print("hidden", 1, sep="+")
print("second", end="!")
sys.stdout = old
print(cap.parts)
err = Capture()
sys.stderr, olderr = err, sys.stderr
print("to err", file=sys.stderr)
sys.stderr = olderr
print(err.parts)
sys.stdout = None
print("dropped")
sys.stdout = old
print("back")
