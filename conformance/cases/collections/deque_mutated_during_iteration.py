# Iterating a deque that changes under the loop raises RuntimeError at the next step.
from collections import deque
def run(label, f, start=(1, 2, 3), rev=False):
    d = deque(start)
    try:
        for x in (reversed(d) if rev else d):
            f(d)
        print(label, 'ok', list(d))
    except RuntimeError as e:
        print(label, e, list(d))
run('append+popleft', lambda d: (d.append(0), d.popleft()))
run('append', lambda d: d.append(9))
run('appendleft', lambda d: d.appendleft(9))
run('appendleft+pop', lambda d: (d.appendleft(0), d.pop()))
run('popleft', lambda d: d.popleft())
run('rotate', lambda d: d.rotate(1))
run('setitem', lambda d: d.__setitem__(0, 9))
run('reverse', lambda d: d.reverse())
run('clear', lambda d: d.clear())
run('extend-empty', lambda d: d.extend([]))
run('reversed+append', lambda d: d.append(0), rev=True)
run('reversed+rotate', lambda d: d.rotate(-1), rev=True)
d = deque([1, 2])
it = iter(d)
next(it)
d.appendleft(0)
next(it)
