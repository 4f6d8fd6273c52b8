# exit()/quit() take at most one exit code.
for f in (exit, quit):
    try:
        f(1, 2)
    except TypeError as e:
        print("TypeError", "positional arguments but 3 were given" in str(e))
for code in (None, 0, 3, "bye"):
    try:
        exit(code)
    except SystemExit as e:
        print(repr(e.code))
quit(4)
