# attack: __import__('os').system
# expect: ok  limits: wall=1
# stdout: "PermissionError\n"
try:
    __import__('os').system('echo pwned')
    print('escaped!')
except (ImportError, PermissionError) as e:
    print(type(e).__name__)
