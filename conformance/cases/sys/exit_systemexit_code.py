import sys
for arg in [(), (0,), (3,), ('msg',), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
