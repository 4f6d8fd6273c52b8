"""Thread objects and synchronisation primitives (the Python 3.4
``threading`` API), run sequentially.

Kaa's own implementation.  The sandbox creates no host threads:
``Thread.start()`` runs the thread's ``run()`` to completion before it
returns, on the calling interpreter.  That is exactly what the judge idiom

    threading.stack_size(2**27)
    t = threading.Thread(target=main); t.start(); t.join()

needs (the target's recursion is bounded by ``sys.setrecursionlimit`` and
the sandbox's limits, not by a C stack), and it keeps every run
deterministic.  A wait that only another thread could end (a held Lock
acquired without a timeout, ``Event.wait()`` on an unset event,
``Condition.wait()``, a ``Barrier`` of several parties, ``join()`` of a thread
that is still running further out) can never end here, so it raises
``RuntimeError: deadlock: ... would block forever (the Kaa sandbox runs
threads sequentially)`` instead of hanging until the time limit; a wait with
a timeout gives up at once, with the result CPython gives when the timeout
passes.
"""

import sys as _sys
import _thread

from _thread import (get_ident, stack_size, TIMEOUT_MAX, _deadlock,
                     _acquire_timeout)

__all__ = ['active_count', 'activeCount', 'Condition', 'current_thread',
           'currentThread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'Timer', 'ThreadError', 'setprofile', 'settrace',
           'local', 'stack_size']

ThreadError = _thread.error
Lock = _allocate_lock = _thread.allocate_lock
_CRLock = _thread.RLock
local = _thread._local

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for the threads started from now on.
    Kaa has no profiler, so the function is recorded and never called."""
    global _profile_hook
    _profile_hook = func


def settrace(func):
    """Set a trace function for the threads started from now on.
    Kaa has no tracer, so the function is recorded and never called."""
    global _trace_hook
    _trace_hook = func


def RLock(*args, **kwargs):
    """Create a reentrant lock."""
    return _CRLock(*args, **kwargs)


class Condition:
    """A condition variable over a lock (an RLock by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = 0

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, self._waiters)

    def _is_owned(self):
        owned = getattr(self._lock, '_is_owned', None)
        if owned is not None:
            return owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait to be notified.  Only another thread could notify while this
        one waits, so without a timeout this is a deadlock; with one, it
        returns False once the lock is taken back."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            _deadlock("Condition.wait() without a timeout")
        return False

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true; return its last value."""
        result = predicate()
        if not result:
            if timeout is None:
                _deadlock("Condition.wait_for() of a false predicate "
                          "without a timeout")
            if not self._is_owned():
                raise RuntimeError("cannot wait on un-acquired lock")
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n waiting threads (there are none here)."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        """Wake up every waiting thread (there are none here)."""
        self.notify()

    notifyAll = notify_all


class Semaphore:
    """A counter that acquire() decrements and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        """Take one unit; a wait for another thread's release() is a
        deadlock without a timeout and False with one."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if blocking and timeout is None:
            _deadlock("Semaphore.acquire() with a zero counter")
        return False

    __enter__ = acquire

    def release(self):
        """Give back one unit."""
        self._value += 1

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose counter may not rise above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self):
        """Give back one unit (ValueError above the initial value)."""
        if self._value >= self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += 1


class Event:
    """A flag that set() raises and clear() lowers."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def is_set(self):
        """Whether the flag is set."""
        return self._flag

    isSet = is_set

    def set(self):
        """Set the flag."""
        self._flag = True

    def clear(self):
        """Clear the flag."""
        self._flag = False

    def wait(self, timeout=None):
        """Return the flag; waiting for another thread to set it is a
        deadlock without a timeout and False with one."""
        if not self._flag and timeout is None:
            _deadlock("Event.wait() on an event that is not set")
        return self._flag


class BrokenBarrierError(RuntimeError):
    """Raised by Barrier.wait() on a broken or reset barrier."""


class Barrier:
    """A barrier that `parties` threads wait on together."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False
        self._count = 0

    def wait(self, timeout=None):
        """Wait for the other parties; returns this thread's index.  The
        last of the parties passes (running the action); an earlier one
        could only be released by threads that run after it, so it breaks
        the barrier after its timeout, or is a deadlock without one."""
        if timeout is None:
            timeout = self._timeout
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        if index + 1 == self._parties:
            self._count = 0
            if self._action is not None:
                try:
                    self._action()
                except BaseException:
                    self._broken = True
                    raise
            return index
        if timeout is None:
            _deadlock("Barrier.wait() before the other parties arrive")
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        """Return the barrier to its empty, unbroken state."""
        self._count = 0
        self._broken = False

    def abort(self):
        """Break the barrier."""
        self._broken = True

    @property
    def parties(self):
        """The number of threads the barrier waits for."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting now (always 0 here)."""
        return self._count

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._broken


_counter = [0]


def _newname(template="Thread-%d"):
    _counter[0] += 1
    return template % _counter[0]


# Thread objects alive now (started, target not finished), by ident.
_active = {}
# Threads whose target is running, outermost first (the main thread first).
_current = []


class Thread:
    """A thread of control; start() runs run() to completion."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        self._target = target
        self._name = str(name or _newname())
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started = False
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread: run() runs now, to its end."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._ident = _thread._new_ident()
        self._started = True
        _active[self._ident] = self
        _current.append(self)
        _thread._enter(self._ident)
        try:
            self._bootstrap_inner()
        finally:
            _thread._leave()
            _current.pop()
            self._is_stopped = True
            _active.pop(self._ident, None)

    def _bootstrap_inner(self):
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException:
            if _sys is not None and _sys.stderr is not None:
                import traceback
                print("Exception in thread %s:\n%s"
                      % (self.name, traceback.format_exc()),
                      file=_sys.stderr)

    def run(self):
        """The thread's activity: calls the target with args and kwargs."""
        try:
            if self._target:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        """Wait for the thread to end.  A thread started here has ended by
        the time start() returns, unless it is still running further out
        on the stack, which no wait can end."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if not self._is_stopped and timeout is None:
            _deadlock("join() of a thread that is still running")

    @property
    def name(self):
        """The thread's name (for identification only)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identifier, None before it starts."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    def is_alive(self):
        """Whether the thread is running (started, run() not finished)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started and not self._is_stopped

    isAlive = is_alive

    @property
    def daemon(self):
        """Whether the thread is a daemon thread."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Call a function after a number of seconds, unless cancelled first.
    The sandbox does not wait: started, the function runs at once."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not started yet."""
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = get_ident()
        _active[self._ident] = self


class _DummyThread(Thread):

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = get_ident()

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """The Thread object of the code running now."""
    if _current:
        return _current[-1]
    return _main_thread


currentThread = current_thread


def main_thread():
    """The main Thread object."""
    return _main_thread


def active_count():
    """The number of Thread objects alive now (the main thread included)."""
    return len(_active)


activeCount = active_count


def enumerate():
    """A list of the Thread objects alive now."""
    return list(_active.values())


def _shutdown():
    pass


_main_thread = _MainThread()
