print(issubclass(MemoryError, Exception), issubclass(RecursionError if False else RuntimeError, Exception))
