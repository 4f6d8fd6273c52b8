"""Additional handlers for the logging package (part of the Python 3.4
``logging.handlers`` API).

Kaa's own implementation of the handlers that make sense in the sandbox:
``BufferingHandler``, ``MemoryHandler``, ``QueueHandler`` and
``QueueListener`` (whose ``start`` cannot run a thread: ``stop`` drains the
queue instead).  The file handlers (``RotatingFileHandler``,
``TimedRotatingFileHandler``, ``WatchedFileHandler``) raise PermissionError
like ``FileHandler``; the network handlers (``SocketHandler``,
``DatagramHandler``, ``SysLogHandler``, ``SMTPHandler``, ``HTTPHandler``)
raise PermissionError too (the sandbox has no network).
"""

import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514


class BaseRotatingHandler(logging.FileHandler):
    """Base class for handlers that rotate log files (no files here)."""


class RotatingFileHandler(BaseRotatingHandler):
    """Would rotate files by size: raises PermissionError (no file system)."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False):
        self.maxBytes = maxBytes
        self.backupCount = backupCount
        logging.FileHandler.__init__(self, filename, mode, encoding, delay)


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Would rotate files by time: raises PermissionError (no file system)."""

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None):
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        logging.FileHandler.__init__(self, filename, 'a', encoding, delay)


class WatchedFileHandler(logging.FileHandler):
    """Would reopen a file when it changes: raises PermissionError."""


def _no_network(self, *args, **kwargs):
    raise PermissionError(13, "Permission denied (the Kaa sandbox has no "
                          "network)")


class SocketHandler(logging.Handler):
    """Would send pickled records over TCP: the sandbox has no network."""
    __init__ = _no_network


class DatagramHandler(SocketHandler):
    """Would send pickled records over UDP: the sandbox has no network."""


class SysLogHandler(logging.Handler):
    """Would send records to syslog: the sandbox has no network."""
    __init__ = _no_network


class SMTPHandler(logging.Handler):
    """Would send records by e-mail: the sandbox has no network."""
    __init__ = _no_network


class HTTPHandler(logging.Handler):
    """Would send records to a web server: the sandbox has no network."""
    __init__ = _no_network


class BufferingHandler(logging.Handler):
    """Keeps records in a buffer; flushes when shouldFlush says so."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        """Whether the buffer is full."""
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        """Empty the buffer (subclasses send the records somewhere first)."""
        self.buffer = []

    def close(self):
        self.flush()
        logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and passes them to a target handler when the buffer
    is full or a record of flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity) or \
            (record.levelno >= self.flushLevel)

    def setTarget(self, target):
        """Set the target handler for this handler."""
        self.target = target

    def flush(self):
        if self.target:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer = []

    def close(self):
        self.flush()
        self.target = None
        BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts (prepared) records on a queue."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """Format the message into the record and drop what cannot be queued."""
        self.format(record)
        record.msg = record.message
        record.args = None
        record.exc_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue and passes them to handlers.  There are no
    threads in the sandbox: start() does nothing and stop() (or
    handle_pending()) processes the records queued so far."""

    _sentinel = None

    def __init__(self, queue, *handlers):
        self.queue = queue
        self.handlers = handlers

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        pass

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            handler.handle(record)

    def handle_pending(self):
        """Handle every record on the queue now."""
        while True:
            try:
                record = self.dequeue(False)
            except Exception:
                break
            if record is self._sentinel:
                break
            self.handle(record)

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        self.handle_pending()
