C = type('C', (object,), {'x': 5, 'get': lambda self: self.x})
print(C().get(), C.__name__, type(C).__name__)
