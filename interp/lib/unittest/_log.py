"""The context manager behind ``TestCase.assertLogs`` (Python 3.4 API)."""

import collections

from unittest.case import _AssertRaisesBaseContext

_LoggingWatcher = collections.namedtuple("_LoggingWatcher",
                                         ["records", "output"])

LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"


def _capturing_handler():
    import logging

    class _CapturingHandler(logging.Handler):
        """Keeps every record and its formatted text."""

        def __init__(self):
            logging.Handler.__init__(self)
            self.watcher = _LoggingWatcher([], [])

        def flush(self):
            pass

        def emit(self, record):
            self.watcher.records.append(record)
            self.watcher.output.append(self.format(record))

    return _CapturingHandler()


class _AssertLogsContext(_AssertRaisesBaseContext):
    """Captures the records of a logger (and its children) while active."""

    def __init__(self, test_case, logger_name, level):
        import logging
        _AssertRaisesBaseContext.__init__(self, None, test_case)
        self.logger_name = logger_name
        if level:
            self.level = logging._nameToLevel.get(level, level)
        else:
            self.level = logging.INFO
        self.msg = None

    def __enter__(self):
        import logging
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        handler = _capturing_handler()
        handler.setFormatter(logging.Formatter(LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.old_handlers = logger.handlers[:]
        self.old_level = logger.level
        self.old_propagate = logger.propagate
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        return handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        self.logger.handlers = self.old_handlers
        self.logger.propagate = self.old_propagate
        self.logger.setLevel(self.old_level)
        if exc_type is not None:
            return False
        if len(self.watcher.records) == 0:
            self._raiseFailure(
                "no logs of level {} or higher triggered on {}"
                .format(logging.getLevelName(self.level), self.logger.name))
