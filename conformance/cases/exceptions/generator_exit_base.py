print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
