try:
    int('x')
except ValueError:
    print(undefined_in_handler)
