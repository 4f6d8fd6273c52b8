def nodoc():
    pass
print(nodoc.__doc__, (lambda: 0).__name__)
