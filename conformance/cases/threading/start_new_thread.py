import _thread, threading
done = threading.Event()
out = []
def job(a, b=0):
    out.append(a + b)
    done.set()
ident = _thread.start_new_thread(job, (5,), {'b': 1})
done.wait(5)
print(out, type(ident) is int)
for bad in [(out.append, [1]), (out.append, (1,), []), (5, ())]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print('TypeError', e)
