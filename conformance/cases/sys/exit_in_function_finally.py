import sys
def f():
    try:
        sys.exit(4)
    finally:
        print('finally runs')
f()
