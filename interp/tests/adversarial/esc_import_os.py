# attack: import os must fail cleanly
# expect: ok  limits: wall=1
# stdout: "ImportError: No module named 'os'\n"
try:
    import os
    print('imported!')
except ImportError as e:
    print('ImportError:', e)
