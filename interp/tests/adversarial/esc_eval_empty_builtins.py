# attack: eval with empty __builtins__ cannot reach __import__
# expect: ok  limits: wall=1
# stdout: "NameError\n"
try:
    eval("__import__('os')", {'__builtins__': {}})
    print('escaped!')
except Exception as e:
    print(type(e).__name__)
