try:
    class X(int, str):
        pass
except TypeError as e:
    print('TypeError:', e)
