# -*- coding: latin-1 -*-
# Every form of try.
try:
    pass
except:
    pass

try:
    x = 1 / 0
except ZeroDivisionError:
    x = 0

try:
    risky()
except ValueError as err:
    print(err)
except (TypeError, KeyError) as err:
    print("type or key", err)
except Exception:
    raise
else:
    print("no error")
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    a()
except A:
    pass
finally:
    b()

try:
    a()
except A:
    pass
else:
    c()

try:
    try:
        inner()
    finally:
        middle()
except BaseException as e:
    outer(e)

def f():
    try:
        return 1
    finally:
        print("finally runs")
