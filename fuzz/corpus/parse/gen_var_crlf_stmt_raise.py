# raise, raise X, raise X(...), raise ... from ...
def check(v):
    if v is None:
        raise
    if v < 0:
        raise ValueError
    if v == 0:
        raise ValueError("zero")
    if v == 1:
        raise KeyError(v) from None
    try:
        int("x")
    except ValueError as exc:
        raise RuntimeError("wrapped") from exc
    raise TypeError("bad", v) from TypeError("cause")
