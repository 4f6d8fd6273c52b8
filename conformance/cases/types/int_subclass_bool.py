print(bool.__bases__[0].__name__, int.__bases__[0].__name__, object.__bases__)
