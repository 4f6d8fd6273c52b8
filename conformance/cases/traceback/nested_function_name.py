def outer():
    def helper():
        raise ValueError('from helper')
    helper()
outer()
