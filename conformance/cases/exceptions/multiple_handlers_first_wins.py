try:
    int('x')
except (TypeError, ValueError) as e:
    print('first:', e)
except ValueError:
    print('second')
