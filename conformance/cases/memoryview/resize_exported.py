ba = bytearray(b'abc')
m = memoryview(ba)
for f in [lambda: ba.append(1), lambda: ba.__setitem__(slice(0, 1), b'x'),
          lambda: ba.__setitem__(slice(0, 1), b'xy'), lambda: ba.pop(),
          lambda: ba.__iadd__(b''), lambda: ba.clear(), lambda: ba.__imul__(1),
          lambda: ba.reverse(), lambda: ba.extend(b''), lambda: ba.__delitem__(0)]:
    try:
        f()
        print('ok', ba)
    except BufferError as e:
        print(e)
m.release()
ba.append(100)
print(ba)
m = memoryview(ba)
m2 = m[1:]
m.release()
try:
    ba.append(1)
except BufferError as e:
    print('still', e)
del m2
ba.append(1)
print(ba)
