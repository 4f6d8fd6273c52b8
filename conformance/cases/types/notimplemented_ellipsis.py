print(NotImplemented, Ellipsis, type(NotImplemented).__name__, type(...).__name__, bool(...))
