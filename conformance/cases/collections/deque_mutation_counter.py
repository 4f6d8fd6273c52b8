# A deque iterator fails on any mutation, even an append undone by a pop
# within one step (CPython counts mutations), and checks at iter() time.
from collections import deque
d = deque([1, 2, 3])
for stepper in ('append_pop', 'appendleft_popleft', 'pop_append', 'rotate', 'extend_pop'):
    d = deque([1, 2, 3])
    out = []
    try:
        for x in d:
            out.append(x)
            if stepper == 'append_pop':
                d.append(9); d.pop()
            elif stepper == 'appendleft_popleft':
                d.appendleft(9); d.popleft()
            elif stepper == 'pop_append':
                d.append(d.pop())
            elif stepper == 'rotate':
                d.rotate(1)
            else:
                d.extend([7]); d.pop()
    except RuntimeError as e:
        print(stepper, out, e)
it = iter(d); d.append(5)
try:
    next(it)
except RuntimeError as e:
    print('after iter()', e)
d = deque([1, 2])
r = reversed(d); next(r); d.append(3); d.pop()
try:
    next(r)
except RuntimeError as e:
    print('reversed', e)
d = deque()
for i in range(5):
    d.append(i)
print(list(d), d)
for x in d:
    pass
d.append(7); d.appendleft(-1)
print(list(d), len(d))
d[0] = 100
print(list(iter(d)))
it = iter(d); next(it); d[1] = 5; print(next(it))
d = deque([1, 2, 3], maxlen=3)
it = iter(d)
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print('maxlen', e, list(d))
d = deque([1, 2, 3])
it1 = iter(d); it2 = iter(d)
print(next(it1), next(it2), list(it1), list(it2))
d.append(4); d.appendleft(0)
print(list(d), d.pop(), d.popleft(), list(reversed(d)))
