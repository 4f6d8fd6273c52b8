# The names site adds: exit/quit (Quitter), copyright/credits (_Printer), help (_Helper).
print(type(exit).__name__, type(quit).__name__, type(copyright).__name__, type(help).__name__)
print(type(exit).__module__, type(credits).__module__)
print(repr(exit))
print(repr(quit))
print(repr(help))
print(repr(credits))
credits()
print(str(quit), repr(copyright).startswith('Copyright (c) 2001-'), repr(copyright).endswith('All Rights Reserved.'))
for f in [lambda: exit(), lambda: quit(5), lambda: exit('bye'), lambda: exit(code=2)]:
    try:
        f()
    except SystemExit as e:
        print('SystemExit', e.args, e.code)
print(callable(exit), callable(help), callable(copyright))
exit(1, 2)
