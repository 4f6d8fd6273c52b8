src = 'a = 1\nb = 2\nc = (\n'
try:
    compile(src, '<s>', 'exec')
except SyntaxError as e:
    print(type(e).__name__)
