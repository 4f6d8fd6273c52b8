f(*a, b)
