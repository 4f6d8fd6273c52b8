# attack: _thread.start_new_thread must not create a host thread: the function has run when the call returns
# expect: ok  limits: wall=1
# stdout: "[1]\nTrue\n"
import _thread
out = []
ident = _thread.start_new_thread(out.append, (1,))
print(out)
print(ident != _thread.get_ident())
