try:
    compile('x = 1 +', 'myfile.py', 'exec')
except SyntaxError as e:
    print(e.filename, e.lineno, type(e.offset).__name__)
