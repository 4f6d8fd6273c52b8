for f, arg in [(int, 'x'), (float, 'y'), (int, '1.5'), (int, [])]:
    try:
        f(arg)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
