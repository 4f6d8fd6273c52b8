m = memoryview(b'abc')
m.release()
print(repr(m).startswith('<released memory'))
with memoryview(b'xy') as m2:
    print(m2.tobytes())
try:
    m2.tobytes()
except ValueError as e:
    print(e)
