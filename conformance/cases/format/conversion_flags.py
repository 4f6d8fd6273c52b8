class C:
    def __str__(self):
        return 'str'
    def __repr__(self):
        return 'repr'
print('{0!s} {0!r} {0!a} {1!r} {2!a}'.format(C(), 'q', 'é'))
