try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__)
