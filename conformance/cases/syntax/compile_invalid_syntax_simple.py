for src in ['x = = 1', 'def', 'for in x: pass', 'a b', 'class', '1 +* 2', 'if x == 1 print(x)']:
    try:
        compile(src, '<s>', 'exec')
        print('compiled', src)
    except SyntaxError as e:
        print(type(e).__name__, e.lineno)
