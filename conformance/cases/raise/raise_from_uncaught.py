try:
    {}['k']
except KeyError as e:
    raise ValueError('converted') from e
