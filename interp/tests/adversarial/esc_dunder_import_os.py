# attack: __import__('os')
# expect: ok  limits: wall=1
# stdout: "ImportError: No module named 'os'\n"
try:
    __import__('os').system('echo pwned')
    print('imported!')
except ImportError as e:
    print('ImportError:', e)
