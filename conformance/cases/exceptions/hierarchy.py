print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(FileNotFoundError, OSError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(NotImplementedError, RuntimeError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError), issubclass(UnboundLocalError, NameError))
