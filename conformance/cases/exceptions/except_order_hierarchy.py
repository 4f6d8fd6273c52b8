try:
    {}['x']
except LookupError:
    print('LookupError caught KeyError')
except KeyError:
    print('never')
