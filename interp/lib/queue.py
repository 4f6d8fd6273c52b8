"""FIFO, LIFO and priority queues (the Python 3.4 ``queue`` API).

Kaa's own implementation.  The sandbox runs threads sequentially (a
``threading.Thread`` runs to its end inside ``start()``), so while one waits
no other thread can put an item into an empty queue or take one out of a
full one:

* ``get``/``put`` with a ``timeout`` raise ``Empty``/``Full`` at once, which is
  what CPython does after waiting ``timeout`` seconds with no other thread;
* a ``get``/``put`` that would block forever (``block=True`` and no timeout)
  would hang CPython for good; here it raises ``RuntimeError`` naming the
  deadlock, and so does ``join()`` while tasks are unfinished.  A hang would
  only end at the wall-time limit, telling the user nothing.
"""

from collections import deque
import heapq as _heapq

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue']


class Empty(Exception):
    """Exception raised by Queue.get(block=0)/get_nowait()."""


class Full(Exception):
    """Exception raised by Queue.put(block=0)/put_nowait()."""


def _deadlock(what):
    raise RuntimeError("deadlock: %s would block forever "
                       "(the Kaa sandbox runs threads sequentially)" % what)


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue(object):
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        """Indicate that a formerly enqueued task is complete."""
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        """Blocks until all items in the Queue have been gotten and processed."""
        if self.unfinished_tasks:
            _deadlock("Queue.join() with unfinished tasks")

    def qsize(self):
        """Return the approximate size of the queue."""
        return self._qsize()

    def empty(self):
        """Return True if the queue is empty, False otherwise."""
        return not self._qsize()

    def full(self):
        """Return True if the queue is full, False otherwise."""
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue."""
        if self.maxsize > 0:
            if block:
                _check_timeout(timeout)
            if self._qsize() >= self.maxsize:
                if block and timeout is None:
                    _deadlock("put() on a full queue")
                raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue."""
        if block:
            _check_timeout(timeout)
        if not self._qsize():
            if block and timeout is None:
                _deadlock("get() on an empty queue")
            raise Empty
        return self._get()

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(block=False)

    # Override these methods to implement other queue organizations.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Variant of Queue that retrieves open entries in priority order (lowest first)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Variant of Queue that retrieves most recently added entries first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()
