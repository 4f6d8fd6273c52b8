# A method descriptor called with a receiver of another type: CPython 3.4's
# wording (methoddescr_call), which 3.11 changed.
for f in [lambda: list.append(1, 2), lambda: str.upper(1), lambda: dict.keys([]),
          lambda: dict.__getitem__([], 0)]:
    try:
        f()
    except TypeError as e:
        print(e)
str.join(5, [])
