"""Low-level threading primitives (the Python 3.4 ``_thread`` API), sequential.

Kaa's own implementation.  The sandbox creates no host threads: a "thread"
started here runs to completion inside the call that starts it, on the same
interpreter (so ``sys.setrecursionlimit`` and the sandbox limits apply to it).
Consequences of that model:

* a lock acquire that would wait for another thread to release the lock can
  never succeed (no other thread runs meanwhile), so a blocking acquire
  without a timeout raises ``RuntimeError`` ("deadlock: ... would block
  forever (the Kaa sandbox runs threads sequentially)") instead of hanging
  until the time limit; with a timeout it returns False at once, which is
  what CPython returns once the timeout passes;
* ``get_ident()`` names the thread that is running now: the main thread, or
  the innermost thread whose target is executing.
"""

import sys as _sys

__all__ = ['LockType', 'RLock', 'TIMEOUT_MAX', 'allocate', 'allocate_lock',
           'error', 'exit', 'get_ident', 'interrupt_main', 'stack_size',
           'start_new_thread']

error = RuntimeError

# 3.4 on Linux: PY_TIMEOUT_MAX (LLONG_MAX microseconds) / 1000000 in C's
# integer division.
TIMEOUT_MAX = 9223372036854.0

_MAIN_IDENT = 140000000000001
_next_ident = [_MAIN_IDENT]
# Idents of the threads running now, outermost (the main thread) first.
_running = [_MAIN_IDENT]
_stack_size = [0]


def _deadlock(what):
    raise RuntimeError("deadlock: %s would block forever "
                       "(the Kaa sandbox runs threads sequentially)" % what)


def _new_ident():
    _next_ident[0] += 1
    return _next_ident[0]


def _enter(ident):
    """Mark the thread `ident` as the running one (its target starts)."""
    _running.append(ident)


def _leave():
    """The running thread's target has ended."""
    if len(_running) > 1:
        _running.pop()


def _acquire_timeout(blocking, timeout):
    """Check acquire()'s arguments; the timeout in seconds or None (forever)."""
    if timeout != -1:
        timeout = float(timeout)
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be strictly positive")
    if not blocking:
        return 0.0
    if timeout == -1:
        return None
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")
    return timeout


def get_ident():
    """Return a non-zero integer that identifies the current thread."""
    return _running[-1]


def _count():
    """Number of threads running now other than the main thread."""
    return len(_running) - 1


def stack_size(*args):
    """Return the thread stack size used for new threads; with an argument,
    set it (0 or at least 32768 bytes) and return the previous one.  Kaa's
    threads run on the interpreter's own frame stack, so the size is only
    remembered."""
    if len(args) > 1:
        raise TypeError("stack_size expected at most 1 arguments, got %d"
                        % len(args))
    old = _stack_size[0]
    if not args:
        return old
    from operator import index
    size = index(args[0])
    if size >= 1 << 63 or size < -(1 << 63):
        raise OverflowError("Python int too large to convert to C ssize_t")
    if size < 0:
        raise ValueError("size must be 0 or a positive value")
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    _stack_size[0] = size
    return old


class lock(object):
    """A lock object (``_thread.LockType``): acquire()/release(), also a
    context manager."""

    __slots__ = ('_locked', '__weakref__')

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock; see the module docstring for waits."""
        wait = _acquire_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if wait is None:
            _deadlock("acquiring a lock that is already held")
        return False

    acquire_lock = acquire

    def __enter__(self):
        return self.acquire()

    def release(self):
        """Release the lock (RuntimeError if it is not locked)."""
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def __exit__(self, *exc):
        self.release()

    def locked(self):
        """Whether the lock is held."""
        return self._locked

    locked_lock = locked

    def __repr__(self):
        return '<_thread.lock object at %#x>' % id(self)


LockType = lock


def allocate_lock():
    """Create a new lock object."""
    return lock()


allocate = allocate_lock


class RLock(object):
    """A reentrant lock: the thread that holds it may acquire it again."""

    __slots__ = ('_owner', '_count', '__weakref__')

    def __init__(self, *args, **kwargs):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock, or add one level if this thread holds it."""
        wait = _acquire_timeout(blocking, timeout)
        me = get_ident()
        if self._count and self._owner == me:
            self._count += 1
            return True
        if not self._count:
            self._owner = me
            self._count = 1
            return True
        if wait is None:
            _deadlock("acquiring an RLock held by another thread")
        return False

    __enter__ = acquire

    def release(self):
        """Remove one level; the lock is free once every level is gone."""
        if not self._count or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return bool(self._count) and self._owner == get_ident()

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def __repr__(self):
        return '<%s.%s owner=%r count=%d>' % (
            type(self).__module__, type(self).__name__,
            self._owner or 0, self._count)


def _report(function, exc_info):
    try:
        import traceback
        text = ''.join(traceback.format_exception(*exc_info))
    except Exception:
        text = '%s: %s\n' % (exc_info[0].__name__, exc_info[1])
    _sys.stderr.write("Unhandled exception in thread started by %r\n%s"
                      % (function, text))


def start_new_thread(function, args, kwargs=None):
    """Run function(*args, **kwargs) as a new thread and return its ident.

    The thread runs to completion before this call returns.  An exception
    other than SystemExit is printed to stderr and not propagated."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    if not callable(function):
        raise TypeError("first arg must be callable")
    ident = _new_ident()
    _enter(ident)
    try:
        function(*args, **(kwargs or {}))
    except SystemExit:
        pass
    except BaseException:
        _report(function, _sys.exc_info())
    finally:
        _leave()
    return ident


def exit():
    """Exit the current thread (raises SystemExit)."""
    raise SystemExit


exit_thread = exit


def interrupt_main():
    """Raise KeyboardInterrupt in the main thread.  Only the main thread
    can be running code that is not inside a started thread's target, so
    the exception is raised here, in the caller."""
    raise KeyboardInterrupt


# Per-object state of the `_local` instances alive now, by id(): (weak
# reference to the object, {thread ident: attribute dict}, init args,
# init kwargs).  The weak reference's callback drops the entry.  The
# attributes live in these dicts, not in the instance (Kaa copies a dict
# assigned to `__dict__`, so the per-thread dict cannot be swapped in).
_local_states = {}


def _local_forget(key):
    return lambda ref: _local_states.pop(key, None)


def _local_dict(self):
    """The running thread's attribute dict of the local `self`; a thread's
    first access runs the subclass's ``__init__`` on a fresh one."""
    state = _local_states.get(id(self))
    if state is None or state[0]() is not self:
        raise AttributeError("thread-local object is not initialised")
    _, dicts, args, kwargs = state
    me = get_ident()
    d = dicts.get(me)
    if d is None:
        d = dicts[me] = {}
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *args, **kwargs)
    return d


def _class_attr(cls, name):
    for klass in cls.__mro__:
        ns = klass.__dict__
        if name in ns:
            return True, ns[name]
    return False, None


def _is_data_descriptor(value):
    t = type(value)
    return hasattr(t, '__set__') or hasattr(t, '__delete__')


class _local(object):
    """Thread-local data (``threading.local``): each thread sees its own
    attributes.  A subclass's ``__init__`` runs again, with the arguments
    given at creation, the first time another thread touches the object."""

    __slots__ = ('__weakref__',)

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        import weakref
        key = id(self)
        _local_states[key] = (weakref.ref(self, _local_forget(key)),
                              {get_ident(): {}}, args, kwargs)
        return self

    def __getattribute__(self, name):
        if name == '__dict__':
            return _local_dict(self)
        if name == '__class__':
            return type(self)
        cls = type(self)
        found, attr = _class_attr(cls, name)
        if found and _is_data_descriptor(attr):
            return type(attr).__get__(attr, self, cls)
        d = _local_dict(self)
        if name in d:
            return d[name]
        if found:
            get = getattr(type(attr), '__get__', None)
            if get is not None:
                return get(attr, self, cls)
            return attr
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (cls.__name__, name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is "
                                 "read-only" % type(self).__name__)
        found, attr = _class_attr(type(self), name)
        if found and _is_data_descriptor(attr):
            return type(attr).__set__(attr, self, value)
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is "
                                 "read-only" % type(self).__name__)
        found, attr = _class_attr(type(self), name)
        if found and _is_data_descriptor(attr):
            return type(attr).__delete__(attr, self)
        d = _local_dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]
